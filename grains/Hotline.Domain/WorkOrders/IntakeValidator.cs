namespace Hotline.Domain.WorkOrders;

/// <summary>Checks a <see cref="NewOrder"/> before it becomes a work order.</summary>
internal static class IntakeValidator
{
    public const int TitleMax = 200;
    public const int ContentMax = 4000;

    public static FieldErrors Validate(string id, NewOrder intake, string actor)
    {
        var errors = FieldErrors.ForActor(actor)
            .Required("id", id, WorkOrderTexts.FieldId)
            .Required("channel", intake.Channel, WorkOrderTexts.FieldChannel)
            .Required("districtCode", intake.DistrictCode, WorkOrderTexts.FieldDistrict)
            .Required("address", intake.Address, WorkOrderTexts.FieldAddress)
            .Required("category", intake.Category, WorkOrderTexts.FieldCategory)
            .Required("title", intake.Title, WorkOrderTexts.FieldTitle)
            .MaxLength("title", intake.Title, TitleMax, WorkOrderTexts.FieldTitle)
            .Required("content", intake.Content, WorkOrderTexts.FieldContent)
            .MaxLength("content", intake.Content, ContentMax, WorkOrderTexts.FieldContent)
            .Defined("urgency", intake.Urgency, WorkOrderTexts.FieldUrgency);

        // JSON may hand us a null caller despite the non-nullable property.
        if (intake.Caller is null)
            errors.Add("caller", WorkOrderTexts.Required(WorkOrderTexts.FieldCaller));
        else
        {
            if (string.IsNullOrWhiteSpace(intake.Caller.Phone))
                errors.Add("caller.phone", WorkOrderTexts.Required(WorkOrderTexts.FieldPhone));
            else if (!PhoneNumber.IsValid(intake.Caller.Phone))
                errors.Add("caller.phone", WorkOrderTexts.PhoneFormat);
            errors.Defined("caller.type", intake.Caller.Type, WorkOrderTexts.FieldCallerType);
        }

        if (intake.Lat is { } lat && !(double.IsFinite(lat) && lat is >= -90 and <= 90))
            errors.Add("lat", WorkOrderTexts.LatitudeRange);
        if (intake.Lon is { } lon && !(double.IsFinite(lon) && lon is >= -180 and <= 180))
            errors.Add("lon", WorkOrderTexts.LongitudeRange);
        return errors;
    }

    /// <summary>5–20 ASCII digits, optionally after one leading "+" (international numbers).</summary>
}
