namespace HealthLint.Tests.Rules;

/// <summary>HL002 as a table of sentences that promise a health outcome, and sentences that do not.</summary>
public class NoOutcomeGuaranteesTests
{
    [Theory]
    // Guarantee and promise words tied to a health outcome.
    [InlineData("Our serum is guaranteed to clear up eczema.")]
    [InlineData("We promise you'll sleep through the night.")]
    [InlineData("Relief is assured with every jar.")]
    [InlineData("Thicker, fuller hair in eight weeks or your money back.")]
    [InlineData("Drop two dress sizes by summer, guaranteed.")]
    [InlineData("I promise you'll feel more relaxed after a single session.")]
    [InlineData("We promise you will walk out feeling lighter.")]
    [InlineData("We promise you will be moving more freely within a month.")]
    [InlineData("I promise you, it will work for your family too.")]
    [InlineData("You'll hear every conversation clearly, guaranteed.")]
    // Certainty of a result for the reader.
    [InlineData("After three sessions you will be completely pain-free.")]
    [InlineData("This tincture will cure your psoriasis.")]
    [InlineData("Once treated, the acne will never come back.")]
    [InlineData("Stick with the program and you'll be off your blood pressure pills within a year.")]
    [InlineData("Kiss your back pain goodbye forever.")]
    [InlineData("Say goodbye to heartburn once and for all.")]
    [InlineData("You will lose at least 15 pounds this month.")]
    [InlineData("Our insoles make plantar fasciitis a thing of the past.")]
    [InlineData("No more migraines, ever.")]
    [InlineData("With this routine you'll never catch a cold again.")]
    [InlineData("You'll lose 3 to 5 kilos in your first fortnight.")]
    [InlineData("Start the course today and you'll be migraine-free.")]
    [InlineData("Once grafted, the hair will never fall out.")]
    [InlineData("Follow the plan and you will reach your goal weight by spring.")]
    [InlineData("Stick with the plan and you will get your life back.")]
    [InlineData("Our day programme will slow your mother's memory loss.")]
    [InlineData("Stick with it for a month and you will never feel anxious again.")]
    [InlineData("Therapy works.")]
    [InlineData("Our app means you'll start feeling like yourself again within days.")]
    [InlineData("Take two tablets before bed and you'll wake up feeling 100%.")]
    [InlineData("This patch switches off cravings for everyone who uses it.")]
    [InlineData("Grow a fuller beard in 30 days.")]
    [InlineData("Our gel eliminates nail fungus within 14 days.")]
    [InlineData("With a personalised plan, your posture will be corrected permanently in as little as 12 weeks.")]
    [InlineData("Once you start the tablets, you will feel completely better within 48 hours.")]
    [InlineData("Your libido will come roaring back.")]
    [InlineData("Once the course is done, you'll never have to shave again.")]
    [InlineData("The detox clears it at the root, so the pain will not return.")]
    [InlineData("Our enamel-safe formula whitens without any sensitivity.")]
    [InlineData("Headache, nausea and fatigue gone before you leave the chair.")]
    [InlineData("They really do work.")]
    [InlineData("Sip bone broth; it fixes keto flu every single time.")]
    // A hedge in a relative clause that has closed, or "every few months", hedges nothing.
    [InlineData("Unlike painkillers, which can irritate your stomach, a TerraFlux bracelet is totally harmless.")]
    [InlineData("With our top-up gel every few months, your results are permanent.")]
    [InlineData("In a few weeks you will be completely pain-free.")]
    // A pattern that opens with punctuation matches right after a word.
    [InlineData("We're not going to sugarcoat it: it works.")]
    [InlineData("Here is the truth; it works.")]
    // "One can a day" is the noun, not a hedge.
    [InlineData("Drink one can a day and you'll feel the difference in your gut within a week.")]
    [InlineData("Professional whitening never weakens or damages your teeth.")]
    [InlineData("Your acne will truly never come back.")]
    [InlineData("Guaranteed: you'll be running again in weeks.")]
    [InlineData("Just one chewable tablet and the worms are gone.")]
    [InlineData("Strength training will melt belly fat faster than any cardio routine.")]
    [InlineData("You'll leave feeling lighter, cleaner and more energised – guaranteed.")]
    [InlineData("Once they are fitted, you'll never miss a word of the conversation again.")]
    [InlineData("Her drops work!")]
    [InlineData("They genuinely work, and I'd buy them again.")]
    [InlineData("Use our comb and your whole family will be lice-free.")]
    [InlineData("If you do the exercises, you will be walking comfortably within six weeks.")]
    [InlineData("Safe to take with all medications.")]
    [InlineData("Every client who finishes the course stays pain-free.")]
    // "In half" is a result, not a hedge of the clause after it.
    [InlineData("Warm-ups cut strains in half, and every runner on our plan stays injury-free.")]
    // A second clause with a subject of its own is not hedged or made hypothetical by the first.
    [InlineData("Adjustments use about the pressure you'd use to check whether a peach is ripe, and they are 100% safe.")]
    [InlineData("With our drops your toddler will sail through the winter.")]
    [InlineData("Take the tablets and you won't catch malaria.")]
    // Absolute efficacy.
    [InlineData("The patch is 100% effective against nausea.")]
    [InlineData("It works for everyone, whatever their age.")]
    [InlineData("This balm never fails.")]
    [InlineData("In twelve years the programme has never failed a client.")]
    [InlineData("Our implants never fail.")]
    [InlineData("100% of our clients see thicker hair.")]
    [InlineData("Your body will never reject the implant.")]
    [InlineData("You won't feel a thing during the procedure.")]
    [InlineData("You'll not feel a thing.")]
    [InlineData("After a month on the patches you'll feel like you're 30 again.")]
    [InlineData("Ozone therapy cures Lyme disease.")]
    [InlineData("Laser therapy offers a permanent cure for toenail fungus.")]
    [InlineData("Reverse your fatty liver disease naturally.")]
    [InlineData("Fall asleep in ten minutes flat.")]
    [InlineData("Get rid of your sinusitis in just three days.")]
    // Absolute safety.
    [InlineData("The injections are completely safe.")]
    [InlineData("Our herbal blend has no side effects.")]
    [InlineData("Colloidal silver is totally harmless.")]
    [InlineData("The procedure is risk-free.")]
    [InlineData("Our peel leaves zero redness.")]
    [InlineData("There is zero risk of complications.")]
    [InlineData("The cream is safe for everyone, including newborns.")]
    // Bare emphatic efficacy.
    [InlineData("I was sceptical at first, but it really works!")]
    [InlineData("Honestly, this stuff works.")]
    [InlineData("It works - I tell all my friends!")]
    [InlineData("Thicker, harder erections, guaranteed.")]
    [InlineData("Be smoke-free in three weeks, guaranteed.")]
    [InlineData("These drops cured my son's eczema.")]
    [InlineData("Trust the plan and your bloating will settle within ten days.")]
    [InlineData("Every one of my clients who finished the programme has felt the difference.")]
    [InlineData("Our adjustments fix the root cause, so your back pain doesn't come back.")]
    [InlineData("Collagen is cheap, completely safe and one of the few supplements that does what it says on the tin.")]
    [InlineData("Our tablets work just as well as the big brands, guaranteed.")]
    [InlineData("Your son will be calmer and more focused within a month.")]
    [InlineData("Our surgeons have a flawless safety record.")]
    [InlineData("Feel calmer in two weeks, or your money back.")]
    [InlineData("There is zero bruising and no downtime.")]
    [InlineData("It's worked for every single client I've treated.")]
    [InlineData("Every woman who completes the course will see clearer skin.")]
    [InlineData("Made with real fruit and nothing artificial, our syrup is 100% safe for the whole family.")]
    [InlineData("100% works")]
    [InlineData("Over 3,000 implants since 2010 with zero failures.")]
    [InlineData("The brace works from the very first day for every patient.")]
    [InlineData("Your posture will be corrected permanently in twelve weeks.")]
    // A publisher's own product is no third party; "until" does not soften a promise of permanence.
    [InlineData("Finally, a cream guaranteed to clear your acne in 7 days.")]
    [InlineData("Keep using our serum until your wrinkles are gone forever.")]
    [InlineData("Everyone on the programme had permanent results.")]
    [InlineData("Our hair transplant clinic has a 100% success rate.")]
    [InlineData("Our 60-day acne guarantee means clear skin or a full refund.")]
    [InlineData("Sleep Well Guarantee: you sleep through the night, or we refund you.")]
    [InlineData("Honestly, it cured my eczema.")]
    [InlineData("Every woman who completes our 12-week programme will see more regular cycles.")]
    // A hedging adverb after a negation hedges nothing.
    [InlineData("This balm can't possibly harm your skin.")]
    [InlineData("This will end your back pain for good.")]
    [InlineData("It always works.")]
    [InlineData("This cream always works in minutes.")]
    [InlineData("We always relieve back pain in the first session.")]
    [InlineData("You will feel better within an hour.")]
    [InlineData("BreatheClear Lung Detox Tea - Flush out vape residue and restore your lungs in 14 days.")]
    [InlineData("Heal your gut in 30 days with our programme.")]
    [InlineData("BreatheClear Lung Detox Tea – Flush out vape residue and restore your lungs in 14 days.")]
    // A certain result with a deadline, or for good.
    [InlineData("You will be off metformin within 90 days.")]
    [InlineData("With our programme, your gums will be healthy again in as little as six weeks.")]
    [InlineData("You will walk out feeling lighter, looser and calmer – every time.")]
    // The publisher's own guarantee, after "that".
    [InlineData("We're so confident that we guarantee you'll lose at least 8 kg in your first 16 weeks.")]
    public void Flags(string sentence) => Assert.True(RuleProbe.Fires(sentence, "HL002"), sentence);

    [Theory]
    // Hedged.
    [InlineData("The serum may help clear up mild eczema.")]
    [InlineData("Some people find that acupuncture eases their back pain.")]
    [InlineData("In many cases the rash goes away within a week.")]
    [InlineData("Physiotherapy can reduce knee pain for most patients.")]
    [InlineData("Statins usually lower cholesterol within a few weeks.")]
    // Negated, with the negation outside the trigger.
    [InlineData("No treatment is guaranteed to work for everyone.")]
    [InlineData("Results are not guaranteed.")]
    [InlineData("There is no cure for type 1 diabetes.")]
    [InlineData("This cream does not cure rosacea.")]
    [InlineData("No medicine is completely safe.")]
    [InlineData("It is not true that the tablets have no side effects.")]
    [InlineData("Surgery is far from risk-free.")]
    // Reported or warned against.
    [InlineData("Be wary of clinics that promise permanent results.")]
    [InlineData("The FDA warns against products that claim to cure cancer.")]
    [InlineData("Beware of so-called miracle cures for arthritis.")]
    [InlineData("Some sellers claim their drops are completely safe.")]
    // Questions and hypotheticals.
    [InlineData("Is laser hair removal guaranteed to work?")]
    [InlineData("Are these supplements completely safe?")]
    [InlineData("If a product promises to cure diabetes, walk away.")]
    // Other word senses and commercial guarantees.
    [InlineData("Blood test results are usually back within a few days.")]
    [InlineData("Your scan results will be ready in about a week.")]
    [InlineData("Every order comes with a 30-day money-back guarantee.")]
    [InlineData("Guaranteed delivery in two working days.")]
    [InlineData("We offer a price-match guarantee on all vitamins.")]
    [InlineData("Cured ham is high in salt.")]
    [InlineData("Treat yourself to a relaxing bath.")]
    [InlineData("Keep medicines in a safe place, out of reach of children.")]
    [InlineData("Breakthrough pain can happen even on regular painkillers.")]
    [InlineData("Try it risk-free for 30 days.")]
    // Not absolute.
    [InlineData("The vaccine is generally safe.")]
    [InlineData("Ibuprofen is safe and effective for most adults.")]
    [InlineData("Here is how it works.")]
    [InlineData("The appointment takes 15 minutes.")]
    [InlineData("People with no risk factors rarely need screening before 50.")]
    [InlineData("Researchers are still searching for a cure for Alzheimer's disease.")]
    // A first-person account is a testimony, not a promise to the reader.
    [InlineData("My eczema has completely gone since I switched soap.")]
    [InlineData("I promise this recipe takes ten minutes.")]
    [InlineData("That's our Happy Feet Guarantee.")]
    [InlineData("Free check-ups for life with every pair of glasses.")]
    [InlineData("## How to stay injury-free")]
    // "Virtually" hedges.
    [InlineData("The procedure is virtually painless.")]
    // "Not everything" negates.
    [InlineData("Not everything works for everyone.")]
    // "Balance" in a list is a noun.
    [InlineData("We'll check your balance, eye movements and memory.")]
    [InlineData("Nothing works.")]
    [InlineData("## What works")]
    [InlineData("Important information for anyone who takes lithium.")]
    [InlineData("Patients who have not yet failed metformin can try it.")]
    [InlineData("You won't get flu from the flu vaccine.")]
    [InlineData("Call us if you have a sore throat that will not go away.")]
    [InlineData("After three sessions I'm completely pain-free.")]
    // Results people felt, tests a patient takes, letters that arrive, exclusive (not absolute) efficacy.
    [InlineData("In the trial, many patients felt relief within 30 minutes.")]
    [InlineData("Before each course you will need a pregnancy test.")]
    [InlineData("Your results letter will arrive within three weeks.")]
    [InlineData("Surgery is the only effective treatment for a cataract.")]
    [InlineData("Changing your diet will not get rid of gallstones.")]
    [InlineData("Our night guards for teeth grinding come with a 12-month breakage guarantee.")]
    [InlineData("Ignore packs that say their lotion is guaranteed to clear head lice.")]
    [InlineData("The knee pain I used to get after running has completely gone.")]
    [InlineData("One best-selling gummy promises on its packaging that children will sleep all night, guaranteed.")]
    // A product's speed of action is a claim to cite (HL003), not a promise; nor are table rows, named offers and rates.
    [InlineData("Our mouth spray relieves cravings in as little as 60 seconds.")]
    [InlineData("The tablet stops hair loss in 9 out of 10 men.")]
    [InlineData("Office work")]
    [InlineData("Happy Tummy Guarantee: if your child doesn't love them, we'll refund you.")]
    [InlineData("Crowns have a 95% survival rate after 10 years.")]
    // Referral rules, careers, advice, records and letters are not promises.
    [InlineData("Every patient who is referred will see a consultant within 18 weeks.")]
    [InlineData("Dr Shah has worked for every major hospital trust in the region.")]
    [InlineData("Finish the whole course of antibiotics so the infection doesn't come back.")]
    [InlineData("Your rash will not clear within a week without treatment.")]
    [InlineData("Keep a perfect record of your blood sugar readings for two weeks.")]
    [InlineData("Your appointment letters will be clearer in the new format from May.")]
    [InlineData("We guarantee to reply within one working day; here is how it works.")]
    [InlineData("Every one of the nurses on the ward has seen a case of measles.")]
    [InlineData("I read online that ginger cures migraines.")]
    [InlineData("Results appointment within 7 days to discuss your diagnosis.")]
    [InlineData("CPAP does not cure sleep apnoea, and your symptoms will come back if you stop using it.")]
    [InlineData("I honestly thought I'd have to put up with the ringing forever.")]
    [InlineData("Isotretinoin is the closest thing we have to a cure for acne.")]
    [InlineData("If your prescription changes, we'll re-treat you free of charge for life.")]
    [InlineData("I've met plenty of parents who swear that baby chiropractic cures reflux.")]
    [InlineData("Left untreated, the infection will come back.")]
    [InlineData("Without treatment, the pain will usually come back within a few weeks.")]
    [InlineData("These gave me bloating and cramps every single time I took them.")]
    [InlineData("For a few people, the cream is completely safe.")]
    [InlineData("Our balm, which can be used daily and is completely safe.")]
    [InlineData("A supplement that can make you pain-free for good is a myth.")]
    [InlineData("This can leave you feeling completely pain-free.")]
    [InlineData("I cut myself every time I shave.")]
    [InlineData("Our receptionist helps you every time you call.")]
    [InlineData("The tingling will wear off by the evening.")]
    [InlineData("You will return to the clinic when the scarring has settled.")]
    // A hedging adverb inside a wide match still hedges it.
    [InlineData("In pregnancy it usually settles within a few weeks of the birth.")]
    [InlineData("You will usually feel better within two weeks.")]
    [InlineData("The results will be sent to the doctor who referred you within two weeks.")]
    [InlineData("You'll have a short, private conversation with the pharmacist within 15 minutes.")]
    [InlineData("Don't sniff hard, or the spray will end up in your throat.")]
    [InlineData("I will always work alongside your fertility clinic rather than instead of it.")]
    [InlineData("People shouldn't read this as 'sit in a sauna and you won't get dementia.'")]
    [InlineData("Decongestant sprays clear a blocked nose within a few minutes.")]
    [InlineData("Clinically proven to ease stiff joints in as little as 14 days.")]
    // Another seller's guarantee, after "that".
    [InlineData("She went to a clinic that guaranteed you would lose 10 kg in a month.")]
    // A "that" that opens what is said: the negation covers it.
    [InlineData("It's worth knowing that no medicine is completely safe.")]
    [InlineData("Doctors agree that no treatment is guaranteed to work.")]
    [InlineData("Turmeric may ease stiffness, but that doesn't mean it will cure your arthritis.")]
    // Appointments, warnings and a daily routine are not results on a deadline.
    [InlineData("Your GP will review your blood pressure in 3 months.")]
    [InlineData("You will have a follow-up appointment in 6 weeks to check your knee.")]
    [InlineData("It will make you feel drowsy within 30 minutes, so do not drive.")]
    [InlineData("Strengthen your pelvic floor muscles in 5 minutes a day.")]
    public void Passes(string sentence) => Assert.False(RuleProbe.Fires(sentence, "HL002"), sentence);

    [Fact]
    public void MessageQuotesTheTriggerAndSaysWhatToDo()
    {
        var finding = Assert.Single(RuleProbe.Findings("This gel is guaranteed to end knee pain.", "HL002"));
        Assert.Contains("\"guaranteed\"", finding.Message, StringComparison.Ordinal);
        Assert.Contains("results vary", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void ReportsEachSentenceOnce()
    {
        var findings = RuleProbe.Findings("It is completely safe, with no side effects and zero risk.", "HL002");
        Assert.Single(findings);
    }

    [Fact]
    public void ListItemsUnderAWarningAreReported()
    {
        const string text = "Red flags to watch for:\n\n- promises of a permanent cure\n- claims that a product has no side effects\n";
        Assert.False(RuleProbe.Fires(text, "HL002"));
    }
}
