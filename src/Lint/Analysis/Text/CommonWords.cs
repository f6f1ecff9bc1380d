namespace HealthLint.Analysis.Text;

/// <summary>Closed lists of everyday words that the sentence splitter and the citation finder use to tell names from ordinary words.</summary>
internal static class CommonWords
{
    /// <summary>Function words that often open a sentence. After an initial ("U.S.", "J.") only such a word starts a new sentence.</summary>
    public static WordList SentenceOpeners { get; } = new(
        [
            "the", "a", "an", "this", "that", "these", "those", "it", "its", "it's", "in", "on", "at", "for", "from", "by",
            "with", "as", "but", "and", "or", "so", "yet", "however", "if", "when", "while", "although", "though", "because",
            "since", "after", "before", "during", "there", "here", "he", "she", "they", "we", "you", "i", "my", "our",
            "your", "their", "his", "her", "some", "many", "most", "all", "each", "every", "no", "not", "one", "what",
            "how", "why", "where", "who", "which", "according", "also", "then", "thus", "therefore", "to", "do", "does",
            "is", "are", "was", "were", "can", "could", "should", "would", "may", "might", "will", "other", "such",
            "more", "less", "about", "both", "only", "even", "still", "today", "now", "please", "see", "ask", "talk",
        ],
        ignoreCase: true);

    /// <summary>Capitalised words that are not author or organisation names when they come first: sentence openers, dates, generic nouns.</summary>
    public static WordList NotNames { get; } = new(
        [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Spring",
            "Summer", "Autumn", "Fall", "Winter", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "Since", "Until", "Till", "Before", "After", "During", "Between", "From", "Circa", "Updated",
            "Published", "Accessed", "Retrieved", "Revised", "Reviewed", "Copyright", "Founded", "Established", "Born",
            "Died", "Last", "Next", "Year", "Years", "Research", "Studies", "Study", "Data", "Evidence", "Results",
            "Experts", "Doctors", "Scientists", "Researchers", "Report", "Reports", "Trial", "Trials", "Survey",
            "Analysis", "Review", "Guidelines", "Guidance", "Figure", "Table", "Chapter", "Section", "Page", "Version",
            "Edition", "Volume", "Issue", "Phase", "Stage", "Type", "Grade", "Level", "Step", "Day", "Week", "Month",
            "Class", "Group", "Cohort", "Estimated", "Est", "Approx", "Approximately", "About", "Around", "Total",
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Note", "Source", "Sources", "See", "Cited", "Ref", "Refs",
            .. SentenceOpenerWordsCapitalised(),
        ],
        ignoreCase: false);

    private static IEnumerable<string> SentenceOpenerWordsCapitalised() =>
    [
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "For", "By", "With", "As",
        "But", "And", "Or", "So", "Yet", "However", "If", "When", "While", "Although", "Though", "Because", "There",
        "Here", "He", "She", "They", "We", "You", "I", "My", "Our", "Your", "Their", "His", "Her", "Some", "Many",
        "Most", "All", "Each", "Every", "No", "Not", "One", "What", "How", "Why", "Where", "Who", "Which",
        "According", "Also", "Then", "Thus", "Therefore", "To", "Other", "Such", "More", "Less", "Both", "Only",
        "Even", "Today", "Now", "Please",
    ];
}
