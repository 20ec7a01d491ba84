using Hotline.Domain.Reference;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hotline.Dashboard.Auth;

/// <summary>
/// Inserts the demo users that are missing, at start-up, before the server takes requests (hosted services
/// start before the web server). Idempotent: a user that exists is left alone, so a changed password stays.
/// </summary>
public sealed partial class DemoUserSeeder(
    IUserStore users,
    IPasswordHasher<HotlineUser> hasher,
    ReferenceData reference,
    IOptions<AuthOptions> options,
    ILogger<DemoUserSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDemoUsers) return;
        var added = 0;
        foreach (var demo in DemoUsers.All)
        {
            if (demo.Department is { } code && reference.FindDepartment(code) is null)
            {
                LogUnknownDepartment(demo.UserName, code);
                continue;
            }
            // Hashing costs tens of milliseconds: only for the users that are really missing.
            if (await users.Find(demo.UserName) is not null) continue;
            var user = new HotlineUser(demo.UserName, demo.DisplayName, demo.Role, demo.Department, demo.SeatId, "");
            if (await users.TryAdd(user with { PasswordHash = hasher.HashPassword(user, DemoUsers.Password) })) added++;
        }
        if (added > 0) LogSeeded(added);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
