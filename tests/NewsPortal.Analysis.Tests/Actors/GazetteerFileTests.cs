using NewsPortal.Analysis.Actors;

namespace NewsPortal.Analysis.Tests.Actors;

/// <summary>A gazetteer file that would mistag every article fails at load, naming the file, the entry and the fix.</summary>
public class GazetteerFileTests
{
    private static GazetteerFileException Load(params (string Name, string Json)[] files) =>
        Assert.Throws<GazetteerFileException>(() => Gazetteer.ReadFiles(files));

    [Fact]
    public void An_id_given_twice_is_refused_with_both_files_named()
    {
        var e = Load(
            ("people-a.json", """[{"id": "np:person/x", "kind": "person", "name": "X", "namesAr": ["إكس واي"]}]"""),
            ("people-b.json", """[{"id": "np:person/x", "kind": "person", "name": "X2", "namesAr": ["إكس زد"]}]"""));
        Assert.Contains("people-b.json: np:person/x: the id is used twice (also in people-a.json)", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("أمل")]
    [InlineData("نور")]
    [InlineData("نُور")]
    public void An_alias_that_is_an_everyday_word_is_refused(string alias)
    {
        var e = Load(("people.json", $$"""[{"id": "np:person/amal", "kind": "person", "name": "Amal", "namesAr": ["أمل عبد الله", "{{alias}}"]}]"""));
        Assert.Contains($"people.json: np:person/amal: the alias \"{alias}\" is an everyday word", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_of_one_letter_is_refused()
    {
        var e = Load(("media.json", """[{"id": "np:media/b", "kind": "media", "name": "B", "namesAr": ["ب"]}]"""));
        Assert.Contains("media.json: np:media/b: the alias \"ب\" has fewer than two letters", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_gazetteer_is_refused_with_its_name()
    {
        var e = Load(("broken.json", """{"id": "np:person/x" """));
        Assert.StartsWith("broken.json: not a gazetteer file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_file_is_listed_at_once()
    {
        var e = Load(("bad.json", """[{"id": "np:x/1", "kind": "person", "name": "A", "namesAr": ["أمل", "ن"]}, {"id": "np:x/1", "kind": "person", "name": "B", "namesAr": ["بي بي"]}]"""));
        Assert.StartsWith("The gazetteer cannot be loaded (3 problems):", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sound_file_loads_and_tags()
    {
        var entries = Gazetteer.ReadFiles([("people.json", """[{"id": "np:person/amal-abdullah", "kind": "person", "name": "Amal Abdullah", "namesAr": ["أمل عبد الله"]}]""")]);
        var result = ArticleAnalyzer.Create(Gazetteer.Build(entries)).Analyze(new ArticleInput("", "وقالت أمل عبد الله إن الأمل كبير.", null));
        Assert.Equal("np:person/amal-abdullah", Assert.Single(result.Actors).OwnId);
    }
}
