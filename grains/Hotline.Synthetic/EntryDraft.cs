using Hotline.Domain.Categories;

namespace Hotline.Synthetic;

/// <summary>One drawn entry before it is accepted: its kind and leaf, district, slot values and key.</summary>
internal sealed record EntryDraft(KnowledgeKind Kind, CategoryNode Leaf, string DistrictCode, Dictionary<string, string> Slots, string Key, string Question);
