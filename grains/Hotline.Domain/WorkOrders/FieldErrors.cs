namespace Hotline.Domain.WorkOrders;

/// <summary>Collects input errors so a command reports all of them at once, before anything changes.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool Any => errors.Count > 0;

    public FieldErrors Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
            errors[field] = messages = [];
        messages.Add(message);
        return this;
    }

    public FieldErrors Required(string field, string? value, string label) =>
        string.IsNullOrWhiteSpace(value) ? Add(field, WorkOrderTexts.Required(label)) : this;

    public FieldErrors MaxLength(string field, string? value, int max, string label) =>
        value is not null && value.Length > max ? Add(field, WorkOrderTexts.TooLong(label, max)) : this;

    public FieldErrors Defined<TEnum>(string field, TEnum value, string label) where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? this : Add(field, WorkOrderTexts.NotDefined(label));

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());

    /// <summary>Starts a command's checks; every command needs to know who acts, for the audit trail.</summary>
    public static FieldErrors ForActor(string actor) => new FieldErrors().Required("actor", actor, WorkOrderTexts.FieldActor);
}
