using Hotline.Contracts.Knowledge;
using Hotline.Contracts.Orders;
using Hotline.Domain;
using Hotline.Domain.Categories;
using Hotline.Domain.Knowledge;
using Hotline.Domain.Reference;
using Hotline.Grains.Storage;
using Orleans.Storage;

namespace Hotline.Grains.Knowledge;

/// <summary>
/// One knowledge entry: loads its state (or, for a bulk-imported entry, its imported row), lets the domain decide,
/// persists, then rewrites its read-model row (which feeds every silo's search index) and this silo's index at once.
/// </summary>
public sealed class KnowledgeEntryGrain(
    [PersistentState("knowledge", StorageNames.State)] IPersistentState<KnowledgeEntryState> state,
    IKnowledgeStore store,
    KnowledgeIndexHost index,
    CategoryTree categories,
    ReferenceData reference,
    TimeProvider time) : Grain, IKnowledgeEntryGrain
{
    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Entry is not null) return;
        if (await store.Get(Id, cancellationToken) is { Imported: true } row)
            state.State.Entry = KnowledgeRowMapping.FromImported(row);
    }

    public Task<KnowledgeEntrySnapshot?> Get() =>
        Task.FromResult(state.State.Entry is { } entry ? Snapshot(entry) : null);

    public async Task<Contracts.Knowledge.KnowledgeResult> Create(CreateKnowledge command)
    {
        if (state.State.Entry is { } existing)
            return Fail(KnowledgeErrorKind.Conflict, KnowledgeEntryTexts.AlreadyExists(Id), existing.Status);
        var content = command.Content.ToDomain();
        if (Unknowns(content, command.Actor) is { } invalid) return invalid;
        KnowledgeEntry entry;
        try
        {
            entry = KnowledgeEntry.Create(Id, content, command.Actor, time.GetUtcNow(), command.Urgent);
        }
        catch (KnowledgeValidationException e)
        {
            return Contracts.Knowledge.KnowledgeResult.Fail(new OrderError(OrderErrorKind.Invalid, e.Message, e.FieldErrors, null));
        }
        state.State.Entry = entry.Data;
        return await Save();
    }

    public Task<Contracts.Knowledge.KnowledgeResult> Edit(EditKnowledge command)
    {
        var content = command.Content.ToDomain();
        // An unknown entry stays a 404 even when its body is also wrong.
        if (state.State.Entry is not null && Unknowns(content, command.Actor) is { } invalid) return Task.FromResult(invalid);
        return Execute(e => e.Edit(content, command.Actor, time.GetUtcNow()));
    }

    public Task<Contracts.Knowledge.KnowledgeResult> Review(ReviewKnowledge command) =>
        Execute(e => e.Review(command.Approved, command.Note, command.Actor, time.GetUtcNow()));

    public Task<Contracts.Knowledge.KnowledgeResult> Publish(string actor) =>
        Execute(e => e.Publish(actor, time.GetUtcNow()));

    public Task<Contracts.Knowledge.KnowledgeResult> Retire(RetireKnowledge command) =>
        Execute(e => e.Retire(command.Reason, command.Actor, time.GetUtcNow()));

    public Task<Contracts.Knowledge.KnowledgeResult> RecordHit(string orderId) =>
        Execute(e => e.RecordHit(time.GetUtcNow()));

    private async Task<Contracts.Knowledge.KnowledgeResult> Execute(Func<KnowledgeEntry, Domain.Knowledge.KnowledgeResult> command)
    {
        if (state.State.Entry is not { } data)
            return Contracts.Knowledge.KnowledgeResult.Fail(new OrderError(OrderErrorKind.NotFound, KnowledgeTexts.NotFound(Id), new Dictionary<string, string[]>(), null));
        var result = command(new KnowledgeEntry(data));
        if (result.Error is { } error)
        {
            var kind = error.Kind switch
            {
                KnowledgeErrorKind.Invalid => OrderErrorKind.Invalid,
                KnowledgeErrorKind.NotFound => OrderErrorKind.NotFound,
                _ => OrderErrorKind.Conflict,
            };
            return Contracts.Knowledge.KnowledgeResult.Fail(new OrderError(kind, error.Message, error.FieldErrors, Codes.Of(data.Status)));
        }
        return await Save();
    }

    private Contracts.Knowledge.KnowledgeResult? Unknowns(KnowledgeContent content, string actor) =>
        KnowledgeReferenceCheck.Errors(content, actor, categories, reference) is { Count: > 0 } errors
            ? Contracts.Knowledge.KnowledgeResult.Fail(new OrderError(OrderErrorKind.Invalid, WorkOrders.OrderTexts.InvalidInput, errors,
                state.State.Entry is { } data ? Codes.Of(data.Status) : null))
            : null;

    private async Task<Contracts.Knowledge.KnowledgeResult> Save()
    {
        var data = state.State.Entry!;
        data.Changes++;
        await state.WriteStateAsync();
        // State first, then the row: a crash between them leaves a row one change behind, which the next
        // change rewrites; the entry itself is never lost.
        var row = data.ToRow(time.GetUtcNow());
        await store.Save(row);
        index.Apply(row);
        return Contracts.Knowledge.KnowledgeResult.Ok(Snapshot(data));
    }

    private KnowledgeEntrySnapshot Snapshot(KnowledgeEntryData data)
    {
        var code = data.Revisions[^1].Content.CategoryCode;
        return data.ToSnapshot(time.GetUtcNow(), categories.Find(code) is null ? null : categories.PathText(code));
    }

    private static Contracts.Knowledge.KnowledgeResult Fail(KnowledgeErrorKind kind, string message, KnowledgeStatus status) =>
        Contracts.Knowledge.KnowledgeResult.Fail(new OrderError(
            kind == KnowledgeErrorKind.Conflict ? OrderErrorKind.Conflict : OrderErrorKind.Invalid, message, new Dictionary<string, string[]>(), Codes.Of(status)));
}
