using Briefing.Content;

namespace Briefing.Tests.Citations;

/// <summary>Sample sources; the same records were given to pandoc to obtain the golden strings.</summary>
internal static class Sources
{
    public static readonly CslItem Pollan = new()
    {
        Id = "pollan",
        Type = "book",
        Author = [Person("Michael", "Pollan")],
        Title = "The Omnivore's Dilemma: A Natural History of Four Meals",
        TitleShort = "Omnivore's Dilemma",
        Publisher = "Penguin",
        PublisherPlace = "New York",
        Issued = new CslDate(2006),
    };

    public static readonly CslItem WardBurns = new()
    {
        Id = "ward",
        Type = "book",
        Author = [Person("Geoffrey C.", "Ward"), Person("Ken", "Burns")],
        Title = "The War: An Intimate History, 1941–1945",
        Publisher = "Knopf",
        PublisherPlace = "New York",
        Issued = new CslDate(2007),
    };

    public static readonly CslItem Keng = new()
    {
        Id = "keng",
        Type = "article-journal",
        Author = [Person("Shao-Hsun", "Keng"), Person("Chun-Hung", "Lin"), Person("Peter F.", "Orazem")],
        Title = "Expanding College Access in Taiwan, 1978–2014: Effects on Graduate Quality and Income Inequality",
        ContainerTitle = "Journal of Human Capital",
        Volume = "11",
        Issue = "1",
        Page = "1-34",
        Issued = new CslDate(2017),
        Doi = "10.1086/690235",
    };

    public static readonly CslItem Manjoo = new()
    {
        Id = "manjoo",
        Type = "article-newspaper",
        Author = [Person("Farhad", "Manjoo")],
        Title = "Snap Makes a Bet on the Cultural Supremacy of the Camera",
        ContainerTitle = "New York Times",
        Issued = new CslDate(2017, 3, 8),
        Url = "https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet.html",
    };

    public static readonly CslItem Mead = new()
    {
        Id = "mead",
        Type = "article-magazine",
        Author = [Person("Rebecca", "Mead")],
        Title = "The Prophet of Dystopia",
        ContainerTitle = "New Yorker",
        Issued = new CslDate(2017, 4, 17),
    };

    public static readonly CslItem Iaea = new()
    {
        Id = "iaea",
        Type = "report",
        Author = [Body("International Atomic Energy Agency")],
        Title = "Application of Safeguards in the Democratic People's Republic of Korea",
        Genre = "Report by the Director General",
        Publisher = "IAEA",
        PublisherPlace = "Vienna",
        Issued = new CslDate(2021, 8, 27),
        Url = "https://www.iaea.org/sites/default/files/gc/gc65-22.pdf",
    };

    public static readonly CslItem Google = new()
    {
        Id = "google",
        Type = "webpage",
        Author = [Body("Google")],
        Title = "Privacy Policy",
        ContainerTitle = "Privacy & Terms",
        Issued = new CslDate(2017, 4, 17),
        Url = "https://www.google.com/policies/privacy/",
    };

    public static readonly CslItem McDonalds = new()
    {
        Id = "mcd",
        Type = "webpage",
        Author = [Body("McDonald's")],
        Title = "McDonald's Happy Meal Toy Safety Facts",
        ContainerTitle = "McDonald's Corporation",
        Accessed = new CslDate(2008, 7, 19),
        Url = "http://www.mcdonalds.com/corp/about/factsheets.html",
    };

    public static readonly CslItem Kelly = new()
    {
        Id = "kelly",
        Type = "chapter",
        Author = [Person("John D.", "Kelly")],
        Title = "Seeing Red: Mao Fetishism, Pax Americana, and the Moral Economy of War",
        ContainerTitle = "Anthropology and Global Counterinsurgency",
        Editor = [Person("John D.", "Kelly"), Person("Beatrice", "Jauregui"), Person("Sean T.", "Mitchell"), Person("Jeremy", "Walton")],
        Publisher = "University of Chicago Press",
        PublisherPlace = "Chicago",
        Page = "67-83",
        Issued = new CslDate(2010),
    };

    public static readonly CslItem FourAuthors = new()
    {
        Id = "four",
        Type = "book",
        Author = [Person("Ann", "Alpha"), Person("Bob", "Beta"), Person("Carl", "Gamma"), Person("Dan", "Delta")],
        Title = "A Book by Four",
        Publisher = "Pub",
        PublisherPlace = "Place",
        Issued = new CslDate(2010),
    };

    public static readonly CslItem Resolution1718 = new()
    {
        Id = "unsc1718",
        Type = "legislation",
        Author = [Body("UN Security Council")],
        Title = "Resolution 1718 (2006)",
        Number = "S/RES/1718",
        Issued = new CslDate(2006, 10, 14),
        Url = "https://undocs.org/S/RES/1718(2006)",
    };

    public static readonly CslItem NonProliferationTreaty = new()
    {
        Id = "npt",
        Type = "treaty",
        Title = "Treaty on the Non-Proliferation of Nuclear Weapons",
        TitleShort = "NPT",
        ContainerTitle = "United Nations Treaty Series",
        ContainerTitleShort = "U.N.T.S.",
        Volume = "729",
        Page = "161",
        Issued = new CslDate(1968, 7, 1),
        Url = "https://treaties.un.org/doc/Publication/UNTS/Volume%20729/volume-729-I-10485-English.pdf",
    };

    public static CslName Person(string given, string family) => new() { Given = given, Family = family };

    public static CslName Body(string name) => new() { Literal = name };
}
