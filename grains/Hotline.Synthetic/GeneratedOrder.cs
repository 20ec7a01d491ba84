namespace Hotline.Synthetic;

/// <summary>
/// A synthetic historical work order. <see cref="CategoryCode"/> is the true leaf;
/// <see cref="RecordedCategoryCode"/> is what the seat recorded (the leaf, a coarser ancestor,
/// only the level-1 group, nothing, or now and then a wrong topic). <see cref="Department"/> is the
/// department that really handled it: usually what the responsibility list says for the true leaf,
/// sometimes an exception the text reveals.
/// </summary>
public sealed record GeneratedOrder(
    string Id,
    DateTimeOffset ReceivedAt,
    string Channel,
    string CallerPhone,
    string CallerType,
    string DistrictCode,
    string Address,
    double Lat,
    double Lon,
    string CategoryCode,
    string RecordedCategoryCode,
    string Title,
    string Content,
    string Urgency,
    string Department);
