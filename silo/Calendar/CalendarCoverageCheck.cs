using Hotline.Domain.Calendar;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Silo.Calendar;

/// <summary>
/// Warns at start-up when the holiday table of this year or, from November on, of next year is
/// missing: the State Council publishes each year's table in November, and deadlines that cross
/// the new year would otherwise count official holidays as working days.
/// </summary>
public sealed partial class CalendarCoverageCheck(WorkingCalendar calendar, TimeProvider time, ILogger<CalendarCoverageCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var today = calendar.LocalDate(time.GetUtcNow());
        if (!calendar.Covers(today.Year)) LogMissing(today.Year);
        if (today.Month >= 11 && !calendar.Covers(today.Year + 1)) LogMissing(today.Year + 1);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "No holiday table for {Year}: add data/calendar/CN-{Year}.json when it is published; until then only weekends are days off in {Year}.")]
    private partial void LogMissing(int year);
}
