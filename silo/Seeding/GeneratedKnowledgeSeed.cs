using Hotline.Domain;
using Hotline.Domain.Categories;
using Hotline.Domain.Knowledge;
using Hotline.Domain.Reference;
using Hotline.Grains.Knowledge;
using Hotline.Synthetic;
using Microsoft.Extensions.Logging;

namespace Hotline.Silo.Seeding;

/// <summary>
/// First start of a demo: imports generated knowledge entries (Lüliang's base holds ~40,000) as published.
/// Deterministic, so two silos starting together write the same rows and no harm is done.
/// </summary>
public sealed partial class GeneratedKnowledgeSeed(
    int count, ReferenceData reference, CategoryTree categories, ResponsibilityList rules, TimeProvider time,
    ILogger<GeneratedKnowledgeSeed> logger) : IKnowledgeSeed
{
    public const int Seed = 12345;

    public async Task SeedIfEmpty(IKnowledgeStore store, CancellationToken cancellationToken)
    {
        if (!await store.IsEmpty(cancellationToken)) return;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var now = time.GetUtcNow();
        var generator = new KnowledgeGenerator(reference, categories, rules, Seed);
        foreach (var chunk in generator.Entries(count).Chunk(1000))
        {
            await store.Import(chunk.Select(e => new KnowledgeRow
            {
                Id = e.Id,
                Status = Codes.Of(KnowledgeStatus.Published),
                WorkingQuestion = e.Question,
                WorkingAuthor = KnowledgeImport.Actor,
                Version = 1,
                UpdatedAt = now,
                Offered = true,
                Question = e.Question,
                Answer = e.Answer,
                CategoryCode = e.CategoryCode,
                Departments = e.Departments,
                Tags = e.Tags,
                ValidFrom = e.ValidFrom,
                ValidUntil = e.ValidUntil,
                PublishedVersion = 1,
                Imported = true,
            }).ToArray(), cancellationToken);
        }
        LogSeeded(count, started.ElapsedMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge base seeded with {Count} generated entries in {Milliseconds} ms")]
    private partial void LogSeeded(int count, long milliseconds);
}
