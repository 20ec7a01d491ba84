namespace Hotline.Domain.Figures;

/// <summary>
/// The rates of one set of counters; null where the denominator is zero (screens show "—").
/// 响应率 response = accepted / dispatched; 按时签收率 = acceptedOnTime / accepted; 按时办结率 =
/// repliedOnTime / replied; 解决率 = resolved / callbacksReached; 满意率 = (satisfied + basicallySatisfied)
/// / callbacksReached; 退单率 = returned / dispatched; 重办率 = reopened / callbacksReached.
/// </summary>
public sealed record FigureRates(
    double? ResponseRate,
    double? OnTimeAcceptance,
    double? OnTimeCompletion,
    double? ResolutionRate,
    double? SatisfactionRate,
    double? ReturnRate,
    double? RedoRate)
{
    public static FigureRates Of(FigureCounters c) => new(
        Ratio(c.Accepted, c.Dispatched),
        Ratio(c.AcceptedOnTime, c.Accepted),
        Ratio(c.RepliedOnTime, c.Replied),
        Ratio(c.Resolved, c.CallbacksReached),
        Ratio(c.Satisfied + c.BasicallySatisfied, c.CallbacksReached),
        Ratio(c.Returned, c.Dispatched),
        Ratio(c.Reopened, c.CallbacksReached));

    /// <summary>A rate by its code in cards.json: response, onTimeAcceptance, onTimeCompletion, resolution, satisfaction, return, redo.</summary>
    public double? ByCode(string code) => code switch
    {
        "response" => ResponseRate,
        "onTimeAcceptance" => OnTimeAcceptance,
        "onTimeCompletion" => OnTimeCompletion,
        "resolution" => ResolutionRate,
        "satisfaction" => SatisfactionRate,
        "return" => ReturnRate,
        "redo" => RedoRate,
        _ => throw new ArgumentException($"Unknown rate '{code}'.", nameof(code)),
    };

    public static readonly IReadOnlyList<string> Codes =
        ["response", "onTimeAcceptance", "onTimeCompletion", "resolution", "satisfaction", "return", "redo"];

    private static double? Ratio(int numerator, int denominator) =>
        denominator == 0 ? null : (double)numerator / denominator;
}
