namespace HealthLint.Benchmarks.Corpus;

/// <summary>
/// Sentence templates and word lists. A template's <c>{slot}</c> is filled from the article's topic or from these
/// lists by <see cref="ProseWriter"/>; the same slot twice in one sentence gets different words where it can.
/// </summary>
internal static class WordBanks
{
    public static readonly string[] FirstNames =
    [
        "Anita", "James", "Maria", "David", "Sarah", "Michael", "Aisha", "Thomas", "Priya", "Daniel", "Emma", "Joseph",
        "Chen", "Laura", "Omar", "Hannah", "Renée", "José", "Fatima", "Peter", "Grace", "Samuel", "Ingrid", "Kwame",
        "Lucy", "Mateo", "Nadia", "Oliver", "Yuki", "Rachel",
    ];

    public static readonly string[] Surnames =
    [
        "Desai", "Okafor", "Smith", "Nguyen", "Patel", "Johnson", "Müller", "García", "Brown", "Kowalski", "Williams",
        "Chen", "Haddad", "O'Brien", "Jones", "Rossi", "Andersen", "Nuñez", "Taylor", "Kim", "Murphy", "Schmidt",
        "Hughes", "Ahmed", "Moreau", "Lindqvist", "Walker", "Tanaka", "Evans", "Mensah", "Clarke", "Fischer",
    ];

    public static readonly string[] Credentials = ["MD", "RN", "PharmD", "RD", "PhD", "MRCGP", "MSc", "DO"];

    public static readonly string[] Journals =
    [
        "The Lancet", "BMJ", "JAMA", "New England Journal of Medicine", "Annals of Internal Medicine", "BMC Public Health",
        "PLOS One", "Cochrane Database of Systematic Reviews", "Journal of Clinical Medicine", "British Journal of General Practice",
        "American Journal of Preventive Medicine", "European Heart Journal",
    ];

    public static readonly string[] Institutions =
    [
        "Riverside Valley Health", "St Mary's Hospital", "the University of Leeds", "Johns Hopkins University",
        "Karolinska Institutet", "the Mayo Clinic", "King's College London", "the University of Sydney",
    ];

    /// <summary>Organisations linked for a fact, with their address; <c>{slug}</c> is the topic's.</summary>
    public static readonly (string Name, string Url)[] Authorities =
    [
        ("NHS", "https://www.nhs.uk/conditions/{slug}/"),
        ("CDC", "https://www.cdc.gov/{slug}/about/index.html"),
        ("World Health Organization", "https://www.who.int/news-room/fact-sheets/detail/{slug}"),
        ("NICE", "https://www.nice.org.uk/guidance/ng{id}"),
        ("Mayo Clinic", "https://www.mayoclinic.org/diseases-conditions/{slug}/symptoms-causes/syc-20{id}"),
        ("National Institutes of Health", "https://www.nih.gov/health-information/{slug}"),
    ];

    public static readonly string[] StudyTitles =
    [
        "{Medication} versus placebo in adults with {condition}: a randomised controlled trial",
        "Prevalence of {condition} among {population}: a national survey",
        "Effect of {lifestyle} on {complication} in people with {short}: a cohort study",
        "Long-term outcomes of {procedure} for {condition}: a systematic review",
        "Risk factors for {condition} in primary care: a case-control study",
        "Self-management interventions for {condition}: a meta-analysis",
    ];

    public static readonly string[] Background =
    [
        "{Condition} is {definition}.",
        "{Short} affects the {organ}, and it can look different from one person to the next.",
        "Many people live with {short} for years before it is diagnosed.",
        "The exact cause is not always clear, but several things make it more likely.",
        "Knowing the early signs helps you get the right care sooner.",
        "It is not something you caused, and it is nothing to be embarrassed about.",
        "Some people have mild symptoms, while others find that {short} affects their daily life.",
        "Your family doctor is usually the first person to talk to about {short}.",
        "{Short} is often managed by your GP, with help from a {specialist} when needed.",
        "The outlook depends on how early it is found and how well it is managed.",
    ];

    public static readonly string[] Symptoms =
    [
        "Common symptoms include {symptom}, {symptom} and {symptom}.",
        "Some people notice {symptom} first.",
        "{Symptom} can come and go, and it may be worse at certain times of day.",
        "Keep a note of when you notice {symptom} and what seems to set it off.",
        "See a doctor if you have had {symptom} for more than {weeks} weeks.",
        "Not everyone with {short} has every symptom.",
        "Symptoms often build up slowly, so they are easy to put down to getting older or being busy.",
        "In children, the signs can be harder to spot.",
    ];

    public static readonly string[] Causes =
    [
        "You are more likely to develop {short} if you have {risk} or {risk}.",
        "Other risk factors include {risk}.",
        "Some risk factors, such as {risk}, cannot be changed, but others can.",
        "{Short} is not contagious, so you cannot catch it from someone else.",
        "Having a risk factor does not mean you will get {short}.",
    ];

    public static readonly string[] Diagnosis =
    [
        "Your doctor may suggest {test} to confirm the diagnosis.",
        "{Test} can show how well your treatment is working.",
        "You may need {test} once a year.",
        "The results are usually back within a few days, and your doctor will explain what they mean.",
        "Before the appointment, write down your symptoms and any medicines you take.",
        "Your doctor will ask about your symptoms, your medical history and your family history.",
    ];

    public static readonly string[] Treatment =
    [
        "Treatment usually starts with {lifestyle}, and some people also need {medication}.",
        "Your {specialist} will talk with you about the benefits and risks of {medication}.",
        "If you cannot take {medication}, there are other options.",
        "In some cases, your doctor may suggest {procedure}.",
        "It can take a few weeks to find the treatment that works best for you.",
        "Tell your doctor about any other medicines you take, including herbal remedies.",
        "Do not stop taking {medication} without talking to your doctor first.",
        "Your treatment plan will be reviewed regularly and changed if it is not working well.",
    ];

    public static readonly string[] SelfCare =
    [
        "{Lifestyle} may help ease {symptom} for some people.",
        "Many people find that {lifestyle} makes a difference over time.",
        "Small changes, such as {lifestyle}, can add up.",
        "Try {lifestyle} for a few weeks and see how you feel.",
        "Take your {medication} at the same time each day.",
        "Ask your pharmacist before taking {medication} with other medicines.",
        "Keep a diary of your symptoms and bring it to your next appointment.",
        "Support groups can be a good place to share tips with people who understand.",
        "Be patient with yourself: it takes time to build new habits.",
    ];

    public static readonly string[] SeeADoctor =
    [
        "Call 999 or go to A&E if you have severe chest pain or sudden trouble breathing.",
        "Call 911 if someone has trouble breathing, collapses or cannot be woken.",
        "Book an appointment with your GP if you still have {symptom} after two weeks.",
        "Speak to a pharmacist if you are not sure whether you need to see a doctor.",
        "Get urgent advice if you have {symptom} together with a high temperature.",
        "Book a review with your {specialist} if your symptoms change.",
    ];

    public static readonly string[] Claims =
    [
        "About {pct}% of {population} have {short}.",
        "Studies show that {lifestyle} lowers the risk of {complication} by {pct}%.",
        "Research has found that people with {risk} are {times} times more likely to develop {short}.",
        "Treatment with {medication} reduces the risk of {complication} by about {pct}%.",
        "A {year} study of {count} adults found that {lifestyle} improved {symptom} within {weeks} weeks.",
        "Around {n} in 10 people with {short} also have {symptom}.",
        "Doctors now know that {risk} doubles the risk of {complication}.",
        "{Procedure} relieves symptoms in {pct}% of patients.",
        "Clinical trials have shown that most patients tolerate {medication} well.",
        "{Short} is one of the most common reasons people see a {specialist}.",
        "New research suggests that {lifestyle} is linked to a lower rate of {complication}.",
        "More than {count} people are diagnosed with {short} every year.",
    ];

    public static readonly string[] Guarantees =
    [
        "Our {product} is guaranteed to cure your {short}.",
        "{Product} is 100% effective and has no side effects.",
        "You will be free of {symptom} in {days} days.",
        "This natural remedy will cure your {short} for good.",
        "It works for everyone, whatever their age.",
        "Our formula is completely safe, so the whole family can use it.",
        "We promise you will feel the difference within {days} days.",
        "It really works!",
        "Results are guaranteed, or we refund every penny.",
        "Thousands of customers have said goodbye to {symptom} forever.",
    ];

    public static readonly string[] Cautions =
    [
        "No treatment is guaranteed to work for everyone.",
        "Be wary of websites that promise to cure {short} overnight.",
        "Products that claim to be 100% safe should be treated with caution.",
        "There is no cure for {short} yet, but treatment can keep symptoms under control.",
        "Supplements sold online are not always tested for safety or quality.",
        "If a product says it has no side effects, ask your pharmacist about it.",
    ];

    public static readonly string[] QuoteBodies =
    [
        "Most people with {short} can lead full, active lives with the right support",
        "The earlier we see patients, the more options we have",
        "We encourage everyone to ask questions about their treatment",
        "I tell my patients that small, steady changes matter more than dramatic ones",
        "I tried everything before I found {product}, and now I feel like myself again",
    ];

    public static readonly string[] Disclaimers =
    [
        "This article is for general information only and is not a substitute for professional medical advice, diagnosis or treatment. Always ask your doctor or another qualified health professional about any questions you have about a medical condition.",
        "The information on this page is educational and does not replace advice from your doctor, pharmacist or other health professional.",
        "Medical disclaimer: this content is general information, not medical advice. Talk to a qualified healthcare provider about your own situation.",
        "{Site} provides health information for education only. It is not intended as a substitute for the advice of your physician or other qualified health provider.",
    ];

    /// <summary>Wording that looks like a disclaimer but voids itself; it does not count as one.</summary>
    public static readonly string[] VoidDisclaimers =
    [
        "In no case can the information given here not replace the opinion of a health professional.",
        "This is not a substitute for medical advice, except where our products are concerned.",
    ];

    public static readonly string[] Uses = ["tablet once a day", "tablet twice a day", "inhaler twice a day", "injection every two weeks", "cream applied twice a day", "infusion every few months"];

    public static readonly string[] SideEffects = ["nausea", "headache", "dizziness", "dry mouth", "mild stomach upset", "skin irritation", "tiredness", "none for most people"];

    public static readonly string[] ProductPoints =
    [
        "Made with natural, plant-based ingredients",
        "Vegan and free from gluten and dairy",
        "Clinically proven to reduce {symptom}",
        "No side effects, ever",
        "Free delivery on orders over £30",
        "Developed with a team of nutritionists",
        "Over {count} five-star reviews",
        "30-day money-back guarantee",
    ];

    public static readonly string[] Questions =
    [
        "Is {short} serious?",
        "Can {short} be prevented?",
        "How long does treatment take?",
        "Is {medication} safe to take long term?",
        "Can children get {short}?",
        "Should I change my diet?",
        "Will I need {procedure}?",
        "Does {short} run in families?",
    ];
}
