using System.Text.RegularExpressions;

namespace Hotline.Synthetic;

/// <summary>
/// One kind of knowledge entry: the leaf it belongs to, question and answer patterns with {slots},
/// the reworded patterns a seat might type, and the slots whose values tell two entries apart (the key).
/// Every question and probe pattern names every key slot, so a probe has one right answer.
/// </summary>
internal sealed partial record KnowledgeKind(
    string Leaf,
    string[] Key,
    Validity Validity,
    string[] Tags,
    string[] Questions,
    string[] Probes,
    string Answer,
    double Weight = 1)
{
    public IReadOnlyList<string> Slots { get; } = SlotPattern().Matches(string.Join("", Questions) + string.Join("", Probes) + Answer)
        .Select(m => m.Groups[1].Value).Distinct().ToArray();

    public void Check()
    {
        foreach (var pattern in Questions.Concat(Probes))
            foreach (var key in Key)
                if (!pattern.Contains('{' + key + '}', StringComparison.Ordinal))
                    throw new InvalidOperationException($"Knowledge kind '{Leaf}': pattern '{pattern}' lacks key slot {{{key}}}.");
        if (!Answer.Contains("{部门}", StringComparison.Ordinal))
            throw new InvalidOperationException($"Knowledge kind '{Leaf}': the answer must cite {{部门}}.");
    }

    [GeneratedRegex(@"\{([^{}]+)\}")]
    internal static partial Regex SlotPattern();
}
