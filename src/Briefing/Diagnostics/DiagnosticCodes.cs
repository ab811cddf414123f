namespace Briefing.Diagnostics;

/// <summary>Stable diagnostic codes: editors look them up in the guide, tools match on them. Never renumber.</summary>
internal static class DiagnosticCodes
{
    public const string NotUtf8 = "BRF001";
    public const string YamlSyntax = "BRF002";
    public const string JsonSyntax = "BRF003";
    public const string UnknownKey = "BRF004";
    public const string MissingKey = "BRF005";
    public const string WrongType = "BRF006";
    public const string InvalidDate = "BRF007";
    public const string EmptyBody = "BRF008";
    public const string FrontMatter = "BRF009";
    public const string DuplicateId = "BRF010";
    public const string InvalidId = "BRF011";
    public const string QuoteNotFound = "BRF012";
    public const string QuoteAmbiguous = "BRF013";
    public const string QuoteEmpty = "BRF014";
    public const string ContextMismatch = "BRF015";
    public const string UnknownCitation = "BRF016";
    public const string DuplicateSource = "BRF017";
    public const string UnsafeUrl = "BRF018";
    public const string YamlAlias = "BRF019";
    public const string DuplicateKey = "BRF020";
    public const string EmptyNote = "BRF021";
    public const string InvalidSlug = "BRF022";
    public const string Unreadable = "BRF023";
    public const string MissingArticle = "BRF024";
    public const string InvalidValue = "BRF025";
    public const string MarkdownTooDeep = "BRF026";
    public const string OutsideInput = "BRF027";
    public const string TextChanged = "BRF028";
    public const string UnusedSource = "BRF029";
    public const string BrokenLink = "BRF030";
    public const string FileTooLarge = "BRF031";
    public const string ThemeScript = "BRF032";

    // `check --links`: external links over HTTP.
    public const string DeadLink = "BRF060";
    public const string MovedLink = "BRF061";
    public const string UnreachableLink = "BRF062";
    public const string RefusedLink = "BRF063";

    // `import-annotations`.
    public const string AnnotationFileUnreadable = "BRF070";

    // The search index.
    public const string SearchIndexFailed = "BRF080";

    // Citation styles (site.yml's citation_style and citation_locale).
    public const string CitationStyle = "BRF090";
}
