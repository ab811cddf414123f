namespace Briefing.Loading;

/// <summary>The CSL 1.0.2 vocabulary: every variable a CSL item may carry, and every item type.</summary>
internal static class CslVocabulary
{
    public static readonly string[] NameVariables =
    [
        "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator",
        "director", "editor", "editorial-director", "editor-translator", "executive-producer", "guest", "host",
        "illustrator", "interviewer", "narrator", "organizer", "original-author", "performer", "producer", "recipient",
        "reviewed-author", "script-writer", "series-creator", "translator",
    ];

    public static readonly string[] DateVariables =
        ["accessed", "available-date", "event-date", "issued", "original-date", "submitted"];

    public static readonly string[] TextVariables =
    [
        "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority",
        "call-number", "chapter-number", "citation-key", "citation-label", "citation-number", "collection-number",
        "collection-title", "container-title", "container-title-short", "dimensions", "division", "DOI", "edition",
        "event", "event-title", "event-place", "first-reference-note-number", "genre", "ISBN", "ISSN", "issue",
        "jurisdiction", "keyword", "language", "license", "locator", "medium", "note", "number", "number-of-pages",
        "number-of-volumes", "original-publisher", "original-publisher-place", "original-title", "page", "page-first",
        "part-number", "part-title", "PMCID", "PMID", "printing-number", "publisher", "publisher-place", "references",
        "reviewed-genre", "reviewed-title", "scale", "section", "source", "status", "supplement-number", "title",
        "title-short", "URL", "version", "volume", "volume-title", "volume-title-short", "year-suffix",
        "journalAbbreviation", "shortTitle", "categories", "custom",
        // Not CSL: some exporters write an archived copy's address here.
        "archive-url",
    ];

    public static readonly string[] Types =
    [
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
        "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
        "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
        "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical",
        "personal_communication", "post", "post-weblog", "regulation", "report", "review", "review-book", "software",
        "song", "speech", "standard", "thesis", "treaty", "webpage",
    ];

    public static readonly string[] NameKeys =
    [
        "family", "given", "literal", "suffix", "dropping-particle", "non-dropping-particle", "comma-suffix",
        "static-ordering", "parse-names",
    ];

    public static readonly string[] DateKeys = ["date-parts", "literal", "raw", "season", "circa"];

    public static readonly HashSet<string> AllItemKeys =
    [
        "id", "type", .. NameVariables, .. DateVariables, .. TextVariables,
    ];
}
