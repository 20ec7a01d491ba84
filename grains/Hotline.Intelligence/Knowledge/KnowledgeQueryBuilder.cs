using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Hotline.Intelligence.Knowledge;

/// <summary>
/// Builds the query programmatically from SmartCn tokens, so no input (quotes, colons, wildcards) can be a syntax error.
/// One clause per word (best field wins) and synonym groups as extra clauses. (A bonus for adjacent words was
/// measured on generated probes: slower, and no better at ranking the wanted entry first.)
/// </summary>
internal sealed class KnowledgeQueryBuilder
{
    private const int MaxTokens = 24;
    private const float SynonymWeight = 0.7f;
    private const float TieBreaker = 0.2f;
    private const double CommonFraction = 0.08;
    private const int MinCommonDocs = 64;

    internal static readonly (string Field, float Boost)[] SearchFields =
    [
        (KnowledgeFields.Question, 2.5f),
        (KnowledgeFields.Tags, 1.5f),
        (KnowledgeFields.CategoryText, 1.2f),
        (KnowledgeFields.Answer, 1f),
    ];

    /// <summary>Particles and question words: they match most entries, cost time and rank nothing.</summary>
    private static readonly HashSet<string> FunctionWords =
    [
        "的", "了", "吗", "呢", "啊", "吧", "呀", "么", "嘛", "是", "在", "我", "我们", "你", "您", "他", "她", "它",
        "和", "与", "及", "或", "就", "都", "也", "还", "要", "想", "请问", "请", "一下", "怎么", "如何", "什么",
        "为什么", "哪里", "哪", "谁", "能", "能否", "可以", "会", "该", "应该", "有", "这", "那", "这个", "那个", "个",
    ];

    private readonly string[][][] synonymGroups;

    public KnowledgeQueryBuilder(IEnumerable<string[]> groups) =>
        synonymGroups = groups
            .Select(group => group.Select(word => ChineseText.Tokens(word).ToArray()).Where(t => t.Length > 0).ToArray())
            .Where(group => group.Length > 1)
            .ToArray();

    public static KnowledgeQueryBuilder Default { get; } = new(KnowledgeSynonyms.Groups);

    private readonly record struct WordClause(Query Query, long DocFreq);

    /// <summary>The query for <paramref name="text"/>, or null when it holds no word the index knows.</summary>
    public KnowledgeQuery? Build(string? text, IndexReader reader)
    {
        var tokens = ChineseText.Tokens(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        var content = tokens.Where(t => !FunctionWords.Contains(t)).ToList();
        if (content.Count == 0)
        {
            content = [.. tokens];
        }

        if (content.Count > MaxTokens)
        {
            content = content.GetRange(0, MaxTokens);
        }

        var frequency = new DocFrequency(reader);
        var highlight = new Dictionary<string, float>();
        var clauses = SynonymClauses(content, frequency, highlight, out var replaced);
        foreach (var token in content.Distinct())
        {
            highlight[token] = 1f;
            if (!replaced.Contains(token))
            {
                clauses.Add(new WordClause(AcrossFields([token], 1f), frequency.Estimate([token])));
            }
        }

        var words = Split(clauses, reader.MaxDoc);
        if (words is null)
        {
            return null;
        }

        return new KnowledgeQuery(words, highlight.Select(p => new WeightedTerm(p.Value, p.Key)).ToArray());
    }

    /// <summary>
    /// Like Lucene's CommonTermsQuery: when the text has rare words, an entry must match one of them and common words
    /// (不, 怎么办, a topic word in half the base) only add to its score. This keeps a keystroke query from scoring
    /// most of the 40,000 entries. Coord on in each part: covering more of the seat's words ranks higher.
    /// Common = in more than 8 % of entries: on generated probes 8 % ranked best (2–4 % dropped the wanted entry more).
    /// </summary>
    private static Query? Split(List<WordClause> clauses, int maxDoc)
    {
        var cutoff = Math.Max(MinCommonDocs, (long)(maxDoc * CommonFraction));
        var rare = new BooleanQuery();
        var common = new BooleanQuery();
        foreach (var clause in clauses.Where(c => c.DocFreq > 0))
        {
            (clause.DocFreq <= cutoff ? rare : common).Add(clause.Query, Occur.SHOULD);
        }

        if (rare.Clauses.Count == 0)
        {
            return common.Clauses.Count == 0 ? null : common;
        }

        var words = new BooleanQuery(disableCoord: true) { { rare, Occur.MUST } };
        if (common.Clauses.Count > 0)
        {
            words.Add(common, Occur.SHOULD);
        }

        return words;
    }

    /// <summary>
    /// One clause per synonym group found in the tokens (the best member wins). <paramref name="replaced"/> gets the
    /// single tokens whose own clause the group stands for, so a word is not counted twice.
    /// </summary>
    private List<WordClause> SynonymClauses(
        List<string> content, DocFrequency frequency, Dictionary<string, float> highlight, out HashSet<string> replaced)
    {
        var clauses = new List<WordClause>();
        replaced = [];
        foreach (var group in synonymGroups)
        {
            var found = group.FirstOrDefault(member => IndexOf(content, member) >= 0);
            if (found is null)
            {
                continue;
            }

            var anyMember = new DisjunctionMaxQuery(TieBreaker);
            long docFreq = 0;
            foreach (var member in group)
            {
                var weight = ReferenceEquals(member, found) ? 1f : SynonymWeight;
                anyMember.Add(AcrossFields(member, weight));
                docFreq += frequency.Estimate(member);
                foreach (var token in member.Where(t => t.Length > 1))
                {
                    highlight.TryAdd(token, weight);
                }
            }

            clauses.Add(new WordClause(anyMember, docFreq));
            if (found.Length == 1)
            {
                replaced.Add(found[0]);
            }
        }

        return clauses;
    }

    /// <summary>A word (or a multi-token word as an exact phrase) in any searched field; the best field wins.</summary>
    private static DisjunctionMaxQuery AcrossFields(string[] word, float weight)
    {
        var best = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (field, boost) in SearchFields)
        {
            best.Add(word.Length == 1
                ? new TermQuery(new Term(field, word[0])) { Boost = boost * weight }
                : Phrase(field, word, 0, boost * weight));
        }

        return best;
    }

    private static PhraseQuery Phrase(string field, string[] tokens, int slop, float boost)
    {
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        foreach (var token in tokens)
        {
            phrase.Add(new Term(field, token));
        }

        return phrase;
    }

    private static int IndexOf(List<string> tokens, string[] sequence)
    {
        for (var i = 0; i + sequence.Length <= tokens.Count; i++)
        {
            var match = true;
            for (var j = 0; j < sequence.Length && match; j++)
            {
                match = tokens[i + j] == sequence[j];
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }
}
