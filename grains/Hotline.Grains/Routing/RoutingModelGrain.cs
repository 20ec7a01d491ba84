using Hotline.Contracts.Routing;
using Hotline.Domain.Categories;
using Hotline.Grains.Storage;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Routing;

/// <summary>
/// Trains the routing models on demand and on a reminder. Training runs on the thread pool (tens of seconds for
/// 20,000 orders) while the grain keeps answering <see cref="Status"/>; the result is applied on the grain's turn.
/// </summary>
public sealed partial class RoutingModelGrain(
    [PersistentState("routing-model", StorageNames.State)] IPersistentState<RoutingModelState> state,
    IRoutingSampleStore samples,
    IModelStore models,
    RoutingModelCache cache,
    ResponsibilityList rules,
    IOptions<RoutingOptions> options,
    TimeProvider time,
    ILogger<RoutingModelGrain> logger) : Grain, IRoutingModelGrain, IRemindable
{
    public const string Key = "city";
    private const string ReminderName = "retrain";
    private Task? _training;

    public Task<RoutingModelStatus> Status() => Task.FromResult(ToStatus());

    public Task<RoutingModelStatus> Train(string actor)
    {
        if (_training is null or { IsCompleted: true }) _training = RunTraining(actor);
        return Task.FromResult(ToStatus());
    }

    public async Task EnsureScheduled()
    {
        await this.RegisterOrUpdateReminder(ReminderName, options.Value.RetrainEvery, options.Value.RetrainEvery);
        if (state.State.Version == 0 && _training is null) _training = RunTraining("system");
    }

    public Task ReceiveReminder(string reminderName, Orleans.Runtime.TickStatus status)
    {
        if (_training is null or { IsCompleted: true }) _training = RunTraining("schedule");
        return Task.CompletedTask;
    }

    private async Task RunTraining(string actor)
    {
        // Stay active while the thread pool trains; the continuation below runs on this activation.
        this.DelayDeactivation(TimeSpan.FromMinutes(10));
        try
        {
            var all = new List<(string, Intelligence.Routing.RoutingSample)>();
            await foreach (var sample in samples.All()) all.Add(sample);
            if (all.Count < options.Value.MinimumSamples)
            {
                state.State.LastError = RoutingTexts.TooFewSamples(all.Count, options.Value.MinimumSamples);
                await state.WriteStateAsync();
                return;
            }
            var now = time.GetUtcNow();
            var outcome = await Task.Run(() => RoutingTraining.Run(all, rules, now));
            var version = state.State.Version + 1;
            await models.Save(RoutingModels.DepartmentModel, version, outcome.Departments.ToBytes());
            if (outcome.Categories is { } categories) await models.Save(RoutingModels.CategoryModel, version, categories.ToBytes());

            var s = state.State;
            s.Version = version;
            s.TrainedAt = now;
            s.TrainedOn = outcome.Departments.TrainedOn;
            s.TrainedBy = actor;
            s.LastError = null;
            s.TrainSeconds = outcome.Seconds;
            s.RulesOnly = RoutingTraining.Figures(outcome.Comparison.RulesOnly);
            s.ModelOnly = RoutingTraining.Figures(outcome.Comparison.ModelOnly);
            s.Combined = RoutingTraining.Figures(outcome.Comparison.Combined);
            s.Category = outcome.Category;
            await state.WriteStateAsync();
            cache.Set(new RoutingModels(version, outcome.Departments, outcome.Categories));
            LogTrained(version, outcome.Samples, outcome.Seconds, s.Combined.Top1, s.RulesOnly.Top1);
        }
        catch (Exception e)
        {
            LogTrainingFailed(e);
            state.State.LastError = RoutingTexts.TrainingFailed(e.Message);
            await state.WriteStateAsync();
        }
    }

    private RoutingModelStatus ToStatus()
    {
        var s = state.State;
        return new RoutingModelStatus
        {
            Version = s.Version,
            TrainedAt = s.TrainedAt,
            TrainedOn = s.TrainedOn,
            TrainedBy = s.TrainedBy,
            Training = _training is { IsCompleted: false },
            LastError = s.LastError,
            RulesOnly = s.RulesOnly,
            ModelOnly = s.ModelOnly,
            Combined = s.Combined,
            Category = s.Category,
            TrainSeconds = s.TrainSeconds,
            NextTrainingAt = s.TrainedAt + options.Value.RetrainEvery,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Routing model v{Version} trained on {Samples} orders in {Seconds:F1} s: top-1 {Combined:P1} (rules only {RulesOnly:P1})")]
    private partial void LogTrained(int version, int samples, double seconds, double combined, double rulesOnly);

    [LoggerMessage(Level = LogLevel.Error, Message = "Routing model training failed")]
    private partial void LogTrainingFailed(Exception exception);
}
