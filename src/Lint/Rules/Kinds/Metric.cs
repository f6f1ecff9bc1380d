namespace HealthLint.Rules.Kinds;

/// <summary>What a <c>metric</c> rule measures, chosen with <c>metric:</c>.</summary>
internal enum Metric
{
    /// <summary><c>sentence-words</c>: the words of each sentence; reported on the sentence.</summary>
    SentenceWords,

    /// <summary><c>paragraph-words</c>: the words of each block (paragraph, list item…); reported on the block.</summary>
    ParagraphWords,

    /// <summary><c>document-words</c>: the words of the document's prose; reported at the top.</summary>
    DocumentWords,

    /// <summary><c>reading-grade</c>: the Flesch–Kincaid grade level of the document's prose; reported at the top.</summary>
    ReadingGrade,
}
