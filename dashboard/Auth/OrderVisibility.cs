using System.Security.Claims;
using Hotline.Contracts.Orders;

namespace Hotline.Dashboard.Auth;

/// <summary>
/// Which orders a department user may see: those its department leads or co-handles now, and those it
/// handled before (a department that returned an order still sees it). Other roles see every order.
/// </summary>
public static class OrderVisibility
{
    public static bool CanSee(this ClaimsPrincipal user, OrderSnapshot order)
    {
        if (!user.IsDepartmentUser()) return true;
        if (user.DepartmentCode() is not { } code) return false;
        return order.Lead == code
            || order.CoHandlers.Contains(code)
            || order.Events.Any(e => e.Department == code)
            // 会商: a department at the consultation table reads the order it gives an opinion on.
            || order.Consultation?.Participants.Any(p => p.Department == code) == true;
    }
}
