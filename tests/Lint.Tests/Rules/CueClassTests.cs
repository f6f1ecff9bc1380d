namespace HealthLint.Tests.Rules;

/// <summary>
/// Each cue the rules share, with sentences it must silence and sentences it must not: the cues are scoped, so a
/// negation, hedge or warning in one clause says nothing about the next.
/// </summary>
public class CueClassTests
{
    [Theory]
    // A terminator ends a negation's scope.
    [InlineData("There is no miracle pill, but this gel is guaranteed to end your eczema.")]
    [InlineData("Other creams failed me; this one cures psoriasis.")]
    // Pseudo-negations do not negate.
    [InlineData("Not only does it ease pain, it is also completely safe.")]
    [InlineData("After one course you will no longer need your inhaler.")]
    [InlineData("No doubt about it: this tea cures insomnia.")]
    [InlineData("No matter what you eat, you will lose 10 pounds this month.")]
    // A trigger's own negator needs an outer one.
    [InlineData("Our balm has no side effects.")]
    [InlineData("Once it is gone, the rash will never come back.")]
    // A hedge in another clause does not hedge this one.
    [InlineData("Some diets may help a little, but ours works for everyone.")]
    [InlineData("Results elsewhere can vary; with us, relief is guaranteed.")]
    // A warning about others does not cover our own claim in another clause.
    [InlineData("Beware of copycats, but our capsules are completely safe.")]
    // An imperative promise is still a promise.
    [InlineData("Take one capsule a day and you'll be pain-free in a week.")]
    public void StillAPromise(string sentence) => Assert.True(RuleProbe.Fires(sentence, "HL002"), sentence);

    [Theory]
    // Pre-negation within the clause.
    [InlineData("Nothing can guarantee that your migraines will stop.")]
    [InlineData("We cannot promise that you'll sleep better.")]
    [InlineData("None of these creams is completely safe for babies.")]
    // Post-negation.
    [InlineData("The idea that garlic cures colds is a myth.")]
    [InlineData("Claims that it works for everyone are false.")]
    // Hedges.
    [InlineData("It might relieve your back pain within a week.")]
    [InlineData("Many people find the pain is gone within days.")]
    [InlineData("In most cases the rash clears up within a week.")]
    // Reported speech and critique.
    [InlineData("Regulators warned a clinic that promised permanent results.")]
    [InlineData("Ads promising to cure arthritis are illegal.")]
    [InlineData("So-called detox teas claim to flush out toxins in 7 days.")]
    // Questions and hypotheticals.
    [InlineData("Will this cream cure my acne?")]
    [InlineData("If anyone guarantees a cure, be suspicious.")]
    // Personal testimony is not a promise to the reader.
    [InlineData("My migraines are completely gone.")]
    public void NotAPromise(string sentence) => Assert.False(RuleProbe.Fires(sentence, "HL002"), sentence);

    [Theory]
    // Numbers that are not health statistics.
    [InlineData("Take 2 tablets of 500 mg every 4 hours.")]
    [InlineData("The appointment lasts 30 minutes and costs $45.")]
    [InlineData("The clinic opened in 2019 and has 12 treatment rooms.")]
    [InlineData("An adult skeleton has 206 bones.")]
    [InlineData("Rate your pain from 0 to 10, where 10 is the worst pain you can imagine.")]
    [InlineData("Save 20% on your first order.")]
    // Instructions, topics and definitions.
    [InlineData("Sit with your back supported and your feet flat on the floor.")]
    [InlineData("Cut back and reduce your salt intake.")]
    [InlineData("Get urgent medical help if the pain spreads.")]
    [InlineData("## What the research shows")]
    [InlineData("A migraine is a headache that comes with other symptoms such as nausea.")]
    // Negated efficacy.
    [InlineData("Antibiotics do not cure colds.")]
    // Warned against.
    [InlineData("Watch out for sellers that claim their gummies cure anxiety.")]
    public void NotAClaimThatNeedsASource(string sentence) => Assert.False(RuleProbe.Fires(sentence, "HL003"), sentence);

    [Theory]
    // An instruction's reason is a claim of its own.
    [InlineData("Avoid aspirin in children, because it has been linked to Reye's syndrome.")]
    // A negated safety claim is still a safety claim.
    [InlineData("The vaccine can't give you the flu.")]
    [InlineData("Most stings cause no lasting harm.")]
    // A statistic inside a condition clause still needs a source.
    [InlineData("If you are one of the 20 million adults with asthma, read on.")]
    // Hedged claims need a source too.
    [InlineData("Ginger may ease nausea in some people.")]
    // A negation ends at ", and" that opens a new clause; it reaches every item of a list only.
    [InlineData("Scans don't help, and 40% of patients who get imaging take more time off work.")]
    // Two nouns and a verb state; they do not instruct.
    [InlineData("Ice and compression dramatically reduce swelling.")]
    public void StillAClaimThatNeedsASource(string sentence) => Assert.True(RuleProbe.Fires(sentence, "HL003"), sentence);
}
