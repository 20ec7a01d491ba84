using Hotline.Contracts.Orders;
using Hotline.Domain;
using Hotline.Domain.Categories;
using Hotline.Domain.Clocks;
using Hotline.Domain.Reference;
using Hotline.Domain.WorkOrders;

namespace Hotline.Grains.WorkOrders;

/// <summary>
/// Checks of an intake that need reference data (districts, channels) or code parsing; the domain
/// checks the rest. Returns every bad field at once, so a seat fixes the form in one go.
/// </summary>
public static class IntakeValidation
{
    public static Dictionary<string, string[]> Check(CreateOrder command, ReferenceData reference, CategoryTree categories, IClockPlanner planner, out NewOrder intake)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Codes.TryParse<Urgency>(command.Urgency, out var urgency))
            errors["urgency"] = [OrderTexts.MustBeOneOf(Codes.Allowed<Urgency>())];
        var callerType = CallerType.Citizen;
        if (command.Caller is not null && !Codes.TryParse(command.Caller.Type, out callerType))
            errors["caller.type"] = [OrderTexts.MustBeOneOf(Codes.Allowed<CallerType>())];
        if (!string.IsNullOrWhiteSpace(command.DistrictCode) && reference.FindDistrict(command.DistrictCode) is null)
            errors["districtCode"] = [OrderTexts.UnknownDistrict(command.DistrictCode)];
        if (!string.IsNullOrWhiteSpace(command.Channel) && !reference.Channels.Contains(command.Channel))
            errors["channel"] = [OrderTexts.UnknownChannel(command.Channel)];

        // A five-level code names its topic; a topic given beside it must be that one.
        var category = command.Category ?? "";
        var categoryCode = string.IsNullOrWhiteSpace(command.CategoryCode) ? "" : command.CategoryCode.Trim();
        if (categoryCode.Length > 0)
        {
            var topic = categories.TopicOf(categoryCode);
            if (categories.Find(categoryCode) is null) errors["categoryCode"] = [CategoryTexts.UnknownCode(categoryCode)];
            else if (topic is null) errors["categoryCode"] = [CategoryTexts.TooCoarse];
            else if (string.IsNullOrWhiteSpace(category)) category = topic;
            else if (category != topic) errors["category"] = [CategoryTexts.TopicMismatch(category, topic)];
        }

        intake = new NewOrder
        {
            Channel = command.Channel ?? "",
            Caller = new CallerInfo { Phone = command.Caller?.Phone ?? "", Name = command.Caller?.Name, Type = callerType },
            DistrictCode = command.DistrictCode ?? "",
            Address = command.Address ?? "",
            Lat = command.Lat,
            Lon = command.Lon,
            Category = category,
            CategoryCode = categoryCode,
            SuggestedDepartments = command.SuggestedDepartments?.Where(d => !string.IsNullOrWhiteSpace(d)).Take(3).ToArray() ?? [],
            SuggestionSource = command.SuggestionSource,
            Title = command.Title ?? "",
            Content = command.Content ?? "",
            Urgency = urgency,
        };

        // Let the domain name its own bad fields too, so the answer lists them all.
        if (errors.Count > 0)
        {
            try
            {
                WorkOrder.Receive("probe", intake, command.Actor ?? "", DateTimeOffset.UnixEpoch, planner);
            }
            catch (DomainValidationException e)
            {
                foreach (var (field, messages) in e.FieldErrors)
                    errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, .. messages] : messages;
            }
        }
        return errors;
    }
}
