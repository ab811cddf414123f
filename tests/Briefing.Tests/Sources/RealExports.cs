namespace Briefing.Tests.Sources;

/// <summary>Small items in the shapes reference managers export them, written by hand after real exports.</summary>
internal static class RealExports
{
    /// <summary>Zotero's CSL JSON with Better BibTeX: string years, the item key, the citation key as id and the attached file.</summary>
    public const string ZoteroJson = """
        [
          {
            "id": "cha2006",
            "key": "ABCD2345",
            "citation-key": "cha2006",
            "file": "/home/editor/Zotero/storage/QWER1234/Cha - 2006 - Korea's nuclear test.pdf",
            "type": "article-journal",
            "title": "Korea's Nuclear Test",
            "container-title": "Survival",
            "journalAbbreviation": "Survival",
            "volume": "48",
            "issue": "4",
            "page": "27-44",
            "source": "Taylor and Francis+NEJM",
            "ISSN": "0039-6338",
            "DOI": "10.1080/00396330601062741",
            "language": "en",
            "author": [{ "family": "Cha", "given": "Victor D." }],
            "issued": { "date-parts": [["2006", 12, 1]] },
            "accessed": { "date-parts": [["2024", "1", "5"]] }
          }
        ]
        """;

    /// <summary>Better BibTeX's CSL YAML, and a Juris-M legal case with its multilingual keys.</summary>
    public const string BetterBibTexYaml = """
        references:
          - id: pritchard2007
            citation-key: pritchard2007
            file: /home/editor/Zotero/storage/AB12CD34/pritchard.pdf
            type: report
            title: North Korea's Nuclear Test
            publisher: Congressional Research Service
            number: RL33709
            issued: 2007-01-24
          - id: nicaragua1986
            system_id: "jurism:ZXCV5678"
            multi:
              _keys:
                title:
                  fr: Activités militaires et paramilitaires au Nicaragua et contre celui-ci
              main: {}
            type: legal_case
            title: Military and Paramilitary Activities in and against Nicaragua
            authority: International Court of Justice
            jurisdiction: un
            author:
              - literal: International Court of Justice
                multi:
                  _key: {}
            issued:
              date-parts: [[1986, 6, 27]]
        """;
}
