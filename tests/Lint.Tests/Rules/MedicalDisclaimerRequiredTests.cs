namespace HealthLint.Tests.Rules;

/// <summary>HL001 as a table of documents with and without a valid medical disclaimer.</summary>
public class MedicalDisclaimerRequiredTests
{
    private const string Body = "# Knee pain\n\nKnee pain has many causes.\n\n";

    [Theory]
    [InlineData("This article is general information and is not a substitute for professional medical advice, diagnosis or treatment.")]
    [InlineData("The information on this page is for educational purposes only and does not replace the advice of your doctor.")]
    [InlineData("*Disclaimer:* this guide isn't medical advice. Always ask your pharmacist or GP about your own situation.")]
    [InlineData("Our content is not intended to be a substitute for a consultation with a qualified health professional.")]
    [InlineData("Nothing here should be used in place of a visit to your own clinician; this post is not medical advice.")]
    [InlineData("These pages are no substitute for personalised advice from your nurse or doctor.")]
    [InlineData("They are not professional medical advice and are no substitute for diagnosis or treatment by an audiologist, ENT specialist or GP.")]
    [InlineData("The information on this page is general product information and is not a substitute for professional medical advice, diagnosis or treatment.")]
    [InlineData("Our supplement guides aren't a replacement for advice from your pharmacist.")]
    [InlineData("The information on this page is general and educational. Neither replaces advice, diagnosis or treatment from your doctor.")]
    [InlineData("This page gives general information about vaccination and is not a substitute for professional medical advice.")]
    [InlineData("The information on this page is general guidance about this product and is not a substitute for advice from a doctor.")]
    [InlineData("This page gives information on supplements and is not a substitute for professional medical advice.")]
    public void AVisibleDisclaimerPasses(string disclaimer)
    {
        Assert.False(RuleProbe.Fires(Body + disclaimer + "\n", "HL001"), disclaimer);
    }

    [Theory]
    [InlineData("Talk to your doctor about side effects.")]
    [InlineData("These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.")]
    [InlineData("Knee replacement is not a substitute for losing weight.")]
    [InlineData("A hearing test is not a substitute for a medical examination by your doctor.")]
    [InlineData("Our vitamin gummies are not a replacement for professional medical advice or a balanced diet.")]
    [InlineData("Nothing replaces a face-to-face examination by your optician.")]
    [InlineData("Neither test replaces a full hearing assessment by an audiologist.")]
    [InlineData("A home test kit never replaces a diagnosis from your GP.")]
    [InlineData("Home test kits and apps are not a substitute for a diagnosis from your GP.")]
    [InlineData("Home test kits are handy but don't replace a diagnosis from your GP.")]
    public void NoDisclaimerFails(string closing)
    {
        var finding = Assert.Single(RuleProbe.Findings(Body + closing + "\n", "HL001"));
        Assert.Equal(1, finding.Region.StartLine);
        Assert.Contains("No medical disclaimer", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Under no circumstances can this article not replace a visit to your doctor.", "double negative")]
    [InlineData("At no time should this guide not be regarded as a substitute for professional medical advice.", "double negative")]
    [InlineData("This blog is not a substitute for medical advice, except where it describes our own programme.", "exception")]
    [InlineData("This article is not a substitute for professional medical advice unless you are a member.", "exception")]
    public void ADefectiveDisclaimerFailsAtTheDisclaimer(string disclaimer, string defect)
    {
        var text = Body + disclaimer + "\n";
        var finding = Assert.Single(RuleProbe.Findings(text, "HL001"));
        Assert.Equal(5, finding.Region.StartLine);
        Assert.Contains(defect == "exception" ? "exception" : "double negative", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADisclaimerInACommentDoesNotCount()
    {
        var text = Body + "<!-- This article is not a substitute for professional medical advice. -->\n";
        var finding = Assert.Single(RuleProbe.Findings(text, "HL001"));
        Assert.Contains("HTML comment", finding.Message, StringComparison.Ordinal);
        Assert.Equal(5, finding.Region.StartLine);
    }

    [Theory]
    // Hidden by its style attribute, or by the page's style sheet.
    [InlineData("<html><body><h1>Knee pain</h1><p>Knee pain has many causes.</p>\n<p style=\"display: none\">This article is not a substitute for professional medical advice.</p></body></html>")]
    [InlineData("<html><head><style>.legal-note{display:none}</style></head><body><h1>Knee pain</h1><p>Knee pain has many causes.</p>\n<div class=\"legal-note\"><p>This article is not a substitute for professional medical advice.</p></div></body></html>")]
    public void ADisclaimerInAHiddenHtmlElementDoesNotCount(string html)
    {
        var finding = Assert.Single(RuleProbe.Findings(html, "HL001", DocumentFormat.Html));
        Assert.Contains("hidden element", finding.Message, StringComparison.Ordinal);
        Assert.Equal(2, finding.Region.StartLine);
    }

    [Fact]
    public void ADisclaimerInFrontMatterDoesNotCount()
    {
        var text = "---\ndisclaimer: This article is not a substitute for professional medical advice.\n---\n\n" + Body;
        var finding = Assert.Single(RuleProbe.Findings(text, "HL001"));
        Assert.Contains("front matter", finding.Message, StringComparison.Ordinal);
        Assert.Equal(2, finding.Region.StartLine);
    }

    [Fact]
    public void OneValidDisclaimerOutweighsADefectiveOne()
    {
        var text = Body + "This is not a substitute for medical advice, except for our products.\n\nThis article is not a substitute for professional medical advice.\n";
        Assert.False(RuleProbe.Fires(text, "HL001"));
    }
}
