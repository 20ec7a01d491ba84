using Hotline.Domain.Knowledge;

namespace Hotline.Grains.Knowledge;

public sealed class KnowledgeEntryState
{
    public KnowledgeEntryData? Entry { get; set; }
}
