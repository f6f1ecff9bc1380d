namespace HealthLint.Tests.Rules;

/// <summary>HL003 as a table of claims without a source, and of sentences that are not claims or are sourced.</summary>
public class HealthClaimsNeedSourceTests
{
    [Theory]
    // Health statistics.
    [InlineData("About 1 in 8 women will be diagnosed with breast cancer.")]
    [InlineData("Regular walking cuts the risk of dementia by 30%.")]
    [InlineData("Psoriasis affects more than 8 million Americans.")]
    [InlineData("Smokers are twice as likely to develop gum disease.")]
    [InlineData("Heart disease is the leading cause of death in women.")]
    [InlineData("Three out of four teenagers do not get enough sleep.")]
    [InlineData("There is a good chance the cyst will shrink without surgery.")]
    [InlineData("Most nosebleeds start at the front of the nose.")]
    [InlineData("If your father had gout, your odds are higher.")]
    [InlineData("Most people wait years before seeing a doctor about hearing loss.")]
    [InlineData("Roughly half the teens I see for insomnia game past midnight.")]
    [InlineData("Weight loss of 60 to 70 percent within two years.")]
    [InlineData("Our complication rate is less than half the national average.")]
    // Appeals to evidence or authority.
    [InlineData("Studies show that green tea speeds up metabolism.")]
    [InlineData("Research has found a link between gut bacteria and mood.")]
    [InlineData("Our formula is clinically proven.")]
    [InlineData("Dentists recommend brushing twice a day with fluoride toothpaste.")]
    [InlineData("Experts agree that sitting all day is bad for your back.")]
    [InlineData("According to the WHO, air pollution shortens lives.")]
    [InlineData("NICE recommends talking therapy for mild depression.")]
    // Efficacy and causal claims, hedged or not.
    [InlineData("Turmeric relieves joint inflammation.")]
    [InlineData("Zinc lozenges may shorten colds and ease a sore throat.")]
    [InlineData("Yoga can help lower blood pressure.")]
    [InlineData("Eating oily fish protects your heart.")]
    [InlineData("Too much screen time triggers headaches in children.")]
    [InlineData("Plantar warts are caused by a virus.")]
    [InlineData("Cold showers boost your immune system.")]
    [InlineData("Alcohol damages the liver.")]
    [InlineData("Smoking causes lung cancer.")]
    [InlineData("Vitamin C supercharges your immune system.")]
    [InlineData("Statins lower cholesterol.")]
    [InlineData("Paracetamol may give a modest benefit for tension headaches.")]
    [InlineData("Yoga gives about the same benefit as physiotherapy.")]
    [InlineData("A lukewarm bath can make a child with a rash more comfortable.")]
    [InlineData("Sugary drinks erode enamel.")]
    [InlineData("Turmeric is excellent for joint pain.")]
    [InlineData("Up to six shades whiter after one treatment.")]
    [InlineData("Late-night scrolling can make low moods worse.")]
    [InlineData("After forty, your metabolism slows to a crawl.")]
    [InlineData("Tight shoes speed up the drift of the big toe.")]
    [InlineData("Complete rest weakens the tendon.")]
    [InlineData("Aligners make it easier to keep your gums healthy.")]
    [InlineData("Stretching the hamstrings protects the knee.")]
    [InlineData("Hip arthroscopy is now the gold standard for this injury.")]
    [InlineData("Brighter, more even skin.")]
    [InlineData("Eucalyptus oil loosens mucus.")]
    [InlineData("Cinnamon is far superior to metformin.")]
    [InlineData("Gluten is the number one trigger for Hashimoto's.")]
    [InlineData("The method works for virtually everyone.")]
    [InlineData("The mouthguard keeps your airway open all night.")]
    [InlineData("Garlic is nature's antibiotic.")]
    [InlineData("Hundreds of our patients have swapped their pills for our plan.")]
    [InlineData("Our solution keeps grafts alive twice as long as saline.")]
    [InlineData("Aloe water hydrates better than plain water.")]
    [InlineData("The oils absorb into the bloodstream within seconds.")]
    [InlineData("Good foot care can keep it from getting worse.")]
    [InlineData("Our clinic reports 97% vein closure at one year.")]
    [InlineData("We watched the bedwetting stop after two visits.")]
    [InlineData("Oatmeal baths replenish the skin's natural oils.")]
    [InlineData("Ayurveda corrects the imbalance underneath the pain.")]
    [InlineData("Milk thistle backs it up by protecting liver cells.")]
    [InlineData("Alcohol drains your B vitamins.")]
    [InlineData("Blue light suppresses melatonin.")]
    [InlineData("A bedtime routine helps kids fall asleep faster.")]
    [InlineData("This spray unblocks your nose in minutes.")]
    [InlineData("Graded exercise can make you much, much worse.")]
    [InlineData("Vegans tend to see bigger results.")]
    [InlineData("Salt and fluids take the edge off POTS.")]
    [InlineData("A nerve block gives excellent pain relief.")]
    [InlineData("Magnesium citrate keeps you regular.")]
    [InlineData("Marathon runners swear by it for cramp.")]
    [InlineData("Magnesium is a total lifesaver for restless legs.")]
    [InlineData("Daily lenses are the healthiest way to wear contacts.")]
    [InlineData("Our home test is every bit as accurate as a clinic exam.")]
    [InlineData("Cold water revs up your metabolism.")]
    [InlineData("Antiperspirants plug your sweat glands.")]
    [InlineData("Salty food pushes up blood pressure.")]
    [InlineData("The technique leaves no visible scars.")]
    [InlineData("Olive oil softens hard earwax.")]
    [InlineData("Cotton buds can damage the eardrum.")]
    [InlineData("Rapid weight loss makes your face age faster.")]
    [InlineData("Children under five are at the highest risk.")]
    [InlineData("Old batteries can still cause burns.")]
    [InlineData("Thin brows are usually a sign of poor circulation.")]
    [InlineData("Cold foods weaken the uterus.")]
    [InlineData("Around half of fertility problems involve the male partner.")]
    [InlineData("Up to one in three primary school children will catch head lice this year.")]
    [InlineData("Late nights wreck your sleep.")]
    [InlineData("There is decent evidence for preventing mouth sores.")]
    [InlineData("Being overweight can make the pill less effective.")]
    [InlineData("The morning-after pill works mainly by delaying ovulation.")]
    [InlineData("Shockwave therapy is recommended by NICE for stubborn heel pain.")]
    [InlineData("Powerful natural anti-inflammatory.")]
    [InlineData("Many customers with fatty liver tell us their levels were back to normal.")]
    [InlineData("A panic attack cannot kill you.")]
    [InlineData("Poor sleep and stress make each other worse.")]
    [InlineData("Speeds healing after surgery.")]
    [InlineData("Homeopathy affects the immune system.")]
    [InlineData("Alcohol weakens the gallbladder and helps stones form.")]
    [InlineData("Unlike steroid creams, our balm won't thin your skin.")]
    [InlineData("Most runners lose about a litre of sweat an hour.")]
    [InlineData("Stopping statins lets your cholesterol drift back up.")]
    [InlineData("Giving up coffee suddenly can leave you with headaches.")]
    // Safety and track record.
    [InlineData("Melatonin is safe for long-term use.")]
    [InlineData("Arnica has been used safely for centuries.")]
    [InlineData("These drops have few side effects.")]
    [InlineData("Nicotine patches are safe and effective for most smokers.")]
    [InlineData("There is nothing in our formula that you could become dependent on.")]
    [InlineData("Acupuncture has a long and safe track record.")]
    [InlineData("Our device is endorsed by leading sleep organisations.")]
    [InlineData("Saline sprays are a good choice for children and during pregnancy.")]
    [InlineData("Creatine is the most researched supplement, with over 1,000 studies.")]
    [InlineData("We've sold two million shots without a single reported adverse reaction.")]
    [InlineData("Unlike sleeping pills, our drops won't leave you drowsy in the morning.")]
    // What groups of people felt, superlatives, suitability, comparative harm.
    [InlineData("Most volunteers noticed a difference in their knees within a fortnight.")]
    [InlineData("Patients reported fewer hot flushes after six weeks.")]
    [InlineData("Swimming is one of the best things you can do for your heart.")]
    [InlineData("Walking daily is the best way to prevent a second stroke.")]
    [InlineData("Physio is the only effective treatment for a frozen shoulder.")]
    [InlineData("Group therapy can be a powerful tool for social anxiety.")]
    [InlineData("Breast screening saves hundreds of lives a year.")]
    [InlineData("Vaping is far less harmful than smoking.")]
    [InlineData("There is no safe amount of alcohol in pregnancy.")]
    [InlineData("The patch does not raise the risk of stroke.")]
    [InlineData("Our shot gives you clean, steady energy all afternoon.")]
    [InlineData("The balm helps calm it within a day.")]
    [InlineData("Started early, the cream can stop a cold sore from forming.")]
    [InlineData("The gel treats cold sores caused by the herpes virus.")]
    public void Flags(string sentence) => Assert.True(RuleProbe.Fires(sentence, "HL003"), sentence);

    [Theory]
    // Definitions, descriptions, logistics, advice, offers, questions.
    [InlineData("Eczema is a condition that makes the skin dry and itchy.")]
    [InlineData("The appointment takes about 20 minutes.")]
    [InlineData("See a doctor if your fever lasts more than three days.")]
    [InlineData("Take one tablet with water after breakfast.")]
    [InlineData("Book your flu jab online or call the pharmacy.")]
    [InlineData("Does vitamin C prevent colds?")]
    [InlineData("The human hand has 27 bones.")]
    [InlineData("Orders over $50 ship free, and you save 20% on subscriptions.")]
    [InlineData("We offer a reduced rate for students and seniors.")]
    [InlineData("Most patients book six sessions, one a week.")]
    [InlineData("It's nice to say thank you.")]
    // What a disease or an organ does describes the body; adjectives are not effects.
    [InlineData("Gallstones can cause sudden pain under the ribs.")]
    [InlineData("Cholecystitis, which causes constant pain, needs treatment in hospital.")]
    [InlineData("The pancreas makes insulin.")]
    [InlineData("Your liver filters toxins from the blood.")]
    [InlineData("The pain often starts in the lower spine.")]
    [InlineData("It can come from a trapped nerve in the neck.")]
    [InlineData("There's a fair chance it's tennis elbow.")]
    [InlineData("Most gallbladders are removed through a few small cuts in the tummy.")]
    [InlineData("We stay open late on Thursdays, and the café sells a good choice of sandwiches.")]
    // Reported or warned against.
    [InlineData("Be sceptical of websites that claim that garlic cures infections.")]
    // Negated efficacy is not a claim that needs a source.
    [InlineData("Antibiotics do not cure viral infections such as colds.")]
    [InlineData("This product is not intended to diagnose, treat, cure, or prevent any disease.")]
    [InlineData("There is no cure for the common cold.")]
    [InlineData("Surgery is not completely risk-free.")]
    [InlineData("## Risks of surgery")]
    [InlineData("About 80% of the stomach is removed.")]
    [InlineData("A wound that drains fluid needs to be seen.")]
    [InlineData("The gallbladder is a small pouch that sits under the liver and helps you digest fat.")]
    [InlineData("A headache that gets worse and does not go away needs urgent care.")]
    [InlineData("Most people go back to office work after two weeks.")]
    [InlineData("Breathe in gently, or the spray ends up in your throat.")]
    [InlineData("Every smoker will be offered support to quit, including free nicotine patches.")]
    [InlineData("Northfield Hospital NHS Foundation Trust.")]
    [InlineData("The lenses have a water content of 55%.")]
    [InlineData("Reviewed and approved by the clinical governance committee.")]
    [InlineData("This page covers the medicines we use to treat rheumatoid arthritis.")]
    [InlineData("Drop one tablet in 16 oz of water.")]
    [InlineData("Put two drops of olive oil in each ear at night.")]
    [InlineData("Doctors will take an X-ray to find the battery.")]
    [InlineData("Most patients are referred by their GP.")]
    [InlineData("The plantar fascia is a band of tissue that supports the arch.")]
    [InlineData("Researchers tracked more than 200,000 adults.")]
    [InlineData("Apply sunscreen to your face and your arms to protect your skin.")]
    [InlineData("Keep the wound clean and the dressing dry to help it heal.")]
    [InlineData("Slowly reduce your dose over two weeks.")]
    [InlineData("Get help to recover from addiction.")]
    [InlineData("The midwife offers pain relief during labour.")]
    [InlineData("The adrenal glands sit superior to the kidneys.")]
    // Idioms, spokespeople, sensations, word senses, wishes, test results, composition.
    [InlineData("Use the inhaler at the first sign of wheezing.")]
    [InlineData("A spokesperson for the health department said the rules would change in May.")]
    [InlineData("Most people feel a sharp scratch as the needle goes in.")]
    [InlineData("Most people feel confident after two practice injections.")]
    [InlineData("Hot flushes, night sweats and poor sleep are common.")]
    [InlineData("Book a massage every two weeks during a training block.")]
    [InlineData("The pressure can feel firm, but it should never hurt.")]
    [InlineData("Some clients simply want more energy and better sleep.")]
    [InlineData("You only need a repeat test if your last two tests found HPV.")]
    [InlineData("Each chewable has 5 billion CFU from six strains.")]
    [InlineData("Keep applying the cream until the redness settles.")]
    [InlineData("Warts can come back after treatment.")]
    [InlineData("The retina is the thin layer at the back of the eye that helps turn light into signals.")]
    [InlineData("I read online that ginger cures migraines.")]
    public void Passes(string sentence) => Assert.False(RuleProbe.Fires(sentence, "HL003"), sentence);

    [Theory]
    [InlineData("Regular walking cuts the risk of dementia by 30% ([Lee et al.](https://example.org/study)).")]
    [InlineData("Regular walking cuts the risk of dementia by 30% <https://example.org/study>.")]
    [InlineData("Regular walking cuts the risk of dementia by 30%.[^1]\n\n[^1]: Lee J. Walking and dementia. 2021.")]
    [InlineData("Regular walking cuts the risk of dementia by 30% (Lee et al., 2021).")]
    [InlineData("Regular walking cuts the risk of dementia by 30% [1].\n\n## References\n\n1. Lee J. Walking and dementia. 2021.")]
    [InlineData("Regular walking cuts the risk of dementia by 30%. That is what a large cohort found (Lee et al., 2021).")]
    public void ACitationInTheSentenceOrParagraphSatisfiesIt(string text) => Assert.False(RuleProbe.Fires(text, "HL003"), text);

    [Theory]
    // A list after a paragraph that is only a label is a reference list, as under a "References" heading.
    [InlineData("Walking helps.[1]\n\n**References**\n\n- Lee J, et al. Daily walking improves health in older adults. J Aging. 2021.")]
    [InlineData("Walking helps.[1]\n\nSources:\n\n- Lee J, et al. Daily walking improves health in older adults. J Aging. 2021.")]
    public void EntriesOfAReferenceListUnderALabelAreNotClaims(string text) => Assert.False(RuleProbe.Fires(text, "HL003"), text);

    [Fact]
    public void AListAfterAnOrdinaryParagraphIsStillChecked()
    {
        Assert.True(RuleProbe.Fires("What our clients say:\n\n- Daily walking improves health in older adults.", "HL003"));
    }

    [Theory]
    [InlineData("Regular walking cuts the risk of dementia by 30% [1].")]
    [InlineData("Regular walking cuts the risk of dementia by 30% ([our guide](/walking)).")]
    [InlineData("Regular walking cuts the risk of dementia by 30%.\n\nA large cohort looked at this (Lee et al., 2021).")]
    [InlineData("Regular walking cuts the risk of dementia by 30%, according to experts.")]
    public void WhatIsNotACitation(string text) => Assert.True(RuleProbe.Fires(text, "HL003"), text);

    [Fact]
    public void AHedgedClaimStillNeedsASource()
    {
        Assert.True(RuleProbe.Fires("Magnesium may reduce how often migraines happen.", "HL003"));
    }

    [Fact]
    public void StaysSilentWhereHl002Reported()
    {
        const string text = "This balm cures arthritis, guaranteed.";
        Assert.True(RuleProbe.Fires(text, "HL002"));
        Assert.False(RuleProbe.Fires(text, "HL003"));
    }

    [Fact]
    public void ReferenceListEntriesAreNotClaims()
    {
        const string text = "## References\n\n- Smith J. Vitamin D lowers the risk of falls by 20%. BMJ. 2019.\n";
        Assert.False(RuleProbe.Fires(text, "HL003"));
    }

    [Fact]
    public void MessageNamesTheKindOfClaim()
    {
        var finding = Assert.Single(RuleProbe.Findings("Psoriasis affects more than 8 million Americans.", "HL003"));
        Assert.Contains("statistic", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, finding.Severity);
    }
}
