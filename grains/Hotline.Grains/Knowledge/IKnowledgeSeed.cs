namespace Hotline.Grains.Knowledge;

/// <summary>Fills an empty knowledge base on first start (the demo's generated entries); absent in tests.</summary>
public interface IKnowledgeSeed
{
    Task SeedIfEmpty(IKnowledgeStore store, CancellationToken cancellationToken);
}
