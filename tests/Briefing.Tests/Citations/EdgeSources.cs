using Briefing.Content;
using static Briefing.Tests.Citations.Sources;

namespace Briefing.Tests.Citations;

/// <summary>Sources that exercise the corners of the style: stand-in authors, particles, missing fields.</summary>
internal static class EdgeSources
{
    public static readonly CslItem EditedBook = new()
    {
        Id = "ed",
        Type = "book",
        Editor = [Person("Jane", "Smith")],
        Translator = [Person("John", "Doe")],
        Title = "the politics of the bomb: a reader in the history of arms control",
        Edition = "2",
        Volume = "3",
        Publisher = "Oxford University Press",
        PublisherPlace = "Oxford",
    };

    public static readonly CslItem JournalWithoutVolume = new()
    {
        Id = "q",
        Type = "article-journal",
        Author = [Person("Quinn", "Quest")],
        Title = "Who Wins? Deterrence Revisited",
        ContainerTitle = "international security",
        Issued = new CslDate(2019, 5),
    };

    public static readonly CslItem QuestionTitle = new()
    {
        Id = "q2",
        Type = "article-journal",
        Author = [Person("Quinn", "Quest")],
        Title = "Who wins?",
        ContainerTitle = "the journal of strategic studies",
        Volume = "3",
        Page = "5-9",
        Issued = new CslDate(2019),
    };

    public static readonly CslItem Particle = new()
    {
        Id = "nodate",
        Type = "book",
        Author = [new CslName { Given = "Ned", Family = "Nobody", NonDroppingParticle = "van" }],
        Title = "Undated",
        Publisher = "Pub",
    };

    public static readonly CslItem AnonymousWebpage = new()
    {
        Id = "wp",
        Type = "webpage",
        Title = "North Korea's missile test: what we know",
        ContainerTitle = "BBC News",
        Issued = new CslDate(2022, 11, 3),
        Url = "https://www.bbc.com/news/x",
    };

    public static readonly CslItem Blog = new()
    {
        Id = "blog",
        Type = "post-weblog",
        Author = [Person("Jeffrey", "Lewis")],
        Title = "A post about things",
        ContainerTitle = "arms control wonk",
        Issued = new CslDate(2020, 1, 2),
        Url = "https://www.armscontrolwonk.com/x",
    };

    public static readonly CslItem Document = new()
    {
        Id = "doc",
        Type = "document",
        Author = [Body("Some Agency")],
        Title = "A document",
        Issued = new CslDate(2020),
        Url = "https://example.org/d",
    };

    public static readonly CslItem Newspaper = new()
    {
        Id = "news",
        Type = "article-newspaper",
        Author = [Person("Choe", "Sang-Hun")],
        Title = "North Korea Fires Missile",
        ContainerTitle = "The New York Times",
        Section = "A",
        Edition = "late",
        Issued = new CslDate(2017, 3, 8),
    };

    public static readonly CslItem ReportInSeries = new()
    {
        Id = "rep2",
        Type = "report",
        Author = [Person("Siegfried S.", "Hecker")],
        Title = "A Return Trip to North Korea's Yongbyon Nuclear Complex",
        Publisher = "Center for International Security and Cooperation",
        PublisherPlace = "Stanford, CA",
        CollectionTitle = "CISAC Reports",
        Issued = new CslDate(2010, 11, 20),
        Url = "http://cisac.fsi.stanford.edu/x",
    };

    public static readonly CslItem Statute = new()
    {
        Id = "law",
        Type = "legislation",
        Title = "Atomic Energy Act of 1954",
        Number = "83-703",
        Volume = "68",
        ContainerTitle = "Stat.",
        Page = "919",
        Issued = new CslDate(1954, 8, 30),
    };

    public static readonly CslItem ElevenAuthors = new()
    {
        Id = "many",
        Type = "book",
        Author = [.. Enumerable.Range(1, 11).Select(i => Person("X", $"A{i}"))],
        Title = "Many",
        Issued = new CslDate(2001),
    };

    public static readonly CslItem QuotationInTitle = new()
    {
        Id = "quote",
        Type = "article-newspaper",
        Author = [Person("A", "Q")],
        Title = "He said \"no\" to the deal",
        ContainerTitle = "Daily",
        Issued = new CslDate(2010, 2, 3),
    };
}
