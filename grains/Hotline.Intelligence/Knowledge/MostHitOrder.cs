namespace Hotline.Intelligence.Knowledge;

/// <summary>Orders (hits, id) weakest first: fewer hits, then the later id, so the heap root is the one to drop.</summary>
internal sealed class MostHitOrder : IComparer<(long Hits, string Id)>
{
    public static MostHitOrder Instance { get; } = new();

    public int Compare((long Hits, string Id) x, (long Hits, string Id) y)
    {
        var byHits = x.Hits.CompareTo(y.Hits);
        return byHits != 0 ? byHits : string.CompareOrdinal(y.Id, x.Id);
    }
}
