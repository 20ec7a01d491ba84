using Hotline.Domain.Reference;

namespace Hotline.Dashboard.Live;

/// <summary>
/// A board's figures, counted from the rows the screen covers. "Today" is the local day that
/// started at <c>todayStart</c>. The same-day rate is the share of today's same-day orders
/// (task-force orders carry a same-day deadline) already completed by their deadline, so it
/// climbs through the day toward the task force's target.
/// </summary>
public sealed class StatsCalculator(ReferenceData reference)
{
    private readonly IReadOnlyList<Department> _companies = reference.Departments.Where(d => d.Kind == "heating").ToArray();

    public ScreenStats Count(IEnumerable<OrderRow> rows, DateTimeOffset todayStart, DateTimeOffset now)
    {
        int received = 0, dispatched = 0, completed = 0, overdue = 0, open = 0, sameDayAll = 0, sameDayMet = 0, sameDayLate = 0;
        var districts = new Dictionary<string, (int Open, int Overdue, int Received)>();
        var companies = new Dictionary<string, (int Open, int Overdue)>();

        foreach (var row in rows)
        {
            var receivedToday = row.ReceivedAt >= todayStart;
            var isOpen = !row.Terminal && row.CompletedAt is null;
            var isOverdue = isOpen && row.Overdue;
            if (receivedToday) received++;
            if (row.DispatchedAt >= todayStart) dispatched++;
            if (row.CompletedAt >= todayStart) completed++;
            if (isOpen) open++;
            if (isOverdue) overdue++;

            if (receivedToday && row.SameDayDueAt is { } due)
            {
                sameDayAll++;
                if (row.CompletedAt is { } done && done <= due) sameDayMet++;
                else if (row.CompletedAt is not null || now > due) sameDayLate++;
            }

            var d = districts.GetValueOrDefault(row.District);
            districts[row.District] = (d.Open + (isOpen ? 1 : 0), d.Overdue + (isOverdue ? 1 : 0), d.Received + (receivedToday ? 1 : 0));
            if (isOpen && row.Lead is { } lead)
            {
                var c = companies.GetValueOrDefault(lead);
                companies[lead] = (c.Open + 1, c.Overdue + (isOverdue ? 1 : 0));
            }
        }

        var byDistrict = reference.Districts.Select(x =>
        {
            var d = districts.GetValueOrDefault(x.Code);
            return new DistrictLoad(x.Code, x.Name, x.Lat, x.Lon, d.Open, d.Overdue, d.Received);
        }).ToArray();
        var byCompany = _companies.Select(x =>
        {
            var c = companies.GetValueOrDefault(x.Code);
            return new CompanyLoad(x.Code, x.Name, c.Open, c.Overdue);
        }).ToArray();
        double? rate = sameDayAll == 0 ? null : Math.Round((double)sameDayMet / sameDayAll, 4);
        return new ScreenStats(received, dispatched, completed, rate, sameDayMet, sameDayLate, overdue, open, byDistrict, byCompany);
    }
}
