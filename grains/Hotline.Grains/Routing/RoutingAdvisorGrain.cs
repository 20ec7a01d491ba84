using Hotline.Contracts.Routing;
using Hotline.Domain.Categories;
using Hotline.Domain.Reference;
using Hotline.Intelligence.Advice;
using Hotline.Intelligence.Routing;
using Orleans.Concurrency;

namespace Hotline.Grains.Routing;

/// <summary>Rules first, then the model: department, category and template suggestions for a seat's intake.</summary>
[StatelessWorker]
public sealed class RoutingAdvisorGrain(
    RoutingModelCache cache,
    ResponsibilityList rules,
    CategoryTree categories,
    OrderTemplates templates,
    ReferenceData reference) : Grain, IRoutingAdvisorGrain
{
    public async Task<RoutingAdvice> Advise(RoutingQuestion question)
    {
        var models = await cache.Fresh(GrainFactory);
        var code = categories.Find(question.CategoryCode) is null ? "" : question.CategoryCode!;
        var input = new RoutingInput(question.Title ?? "", question.Content ?? "", code, question.DistrictCode ?? "");
        var departments = new RoutingAdvisor(rules, models?.Departments).Advise(input);

        IReadOnlyList<SuggestedCategory> suggestedCategories = models?.Categories is { } topicModel
            ? topicModel.Predict(input with { CategoryCode = "" }, 3)
                .Select(p => categories.Find(p.Label) is { } node ? new SuggestedCategory(node.Code, categories.PathText(node.Code), node.Topic, p.Confidence) : null)
                .OfType<SuggestedCategory>().ToArray()
            : [];
        var templateCode = code.Length > 0 ? code : suggestedCategories.FirstOrDefault()?.Code;
        return new RoutingAdvice
        {
            Departments = departments.Select(d => new SuggestedDepartment(d.Department, reference.FindDepartment(d.Department)?.Name ?? d.Department, d.Confidence, d.Source)).ToArray(),
            Categories = suggestedCategories,
            ModelVersion = models?.Version ?? 0,
            Rule = rules.Decide(code, input.DistrictCode)?.RuleName,
            Template = templates.For(templateCode) is { } t ? new SuggestedTemplate(t.CategoryCode, t.Title, t.Content, t.Urgency, t.Fields) : null,
        };
    }
}
