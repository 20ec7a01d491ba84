using Hotline.Dashboard.Auth;
using Hotline.Domain;
using Hotline.Domain.Reference;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hotline.Integration.Tests.Auth;

/// <summary>Seeding the demo users: every one of them, with a working password, and never over a changed one.</summary>
public sealed class DemoUserSeederTests
{
    private static readonly ReferenceData Reference = ReferenceData.LoadDefault(DataDirectory.Default);
    private readonly PasswordHasher<HotlineUser> _hasher = new();

    [Fact]
    public async Task Seeds_every_demo_user_with_the_demo_password()
    {
        var users = new InMemoryUserStore();
        await Seeder(users, seed: true).StartAsync(CancellationToken.None);

        var all = await users.All();
        Assert.Equal(DemoUsers.All.Select(u => u.UserName).Order(), all.Select(u => u.UserName).Order());
        var check = new PasswordCheck(users, _hasher);
        Assert.Equal(Roles.Department, (await check.Verify("rl-ls", DemoUsers.Password))?.Role);
        Assert.Equal("RL-LS", (await users.Find("rl-ls"))!.Department);
        Assert.Equal("S001", (await users.Find("seat1"))!.SeatId);
        Assert.All(DemoUsers.All.Where(u => u.Department is not null), u => Assert.NotNull(Reference.FindDepartment(u.Department!)));
    }

    [Fact]
    public async Task Seeding_again_leaves_a_changed_password_alone()
    {
        var users = new InMemoryUserStore();
        await Seeder(users, seed: true).StartAsync(CancellationToken.None);
        var admin = (await users.Find("admin"))!;
        await users.Upsert(admin with { PasswordHash = _hasher.HashPassword(admin, "a-better-secret") });

        await Seeder(users, seed: true).StartAsync(CancellationToken.None);

        var check = new PasswordCheck(users, _hasher);
        Assert.NotNull(await check.Verify("admin", "a-better-secret"));
        Assert.Null(await check.Verify("admin", DemoUsers.Password));
    }

    [Fact]
    public async Task Seeds_nothing_when_turned_off()
    {
        var users = new InMemoryUserStore();
        await Seeder(users, seed: false).StartAsync(CancellationToken.None);
        Assert.Empty(await users.All());
    }

    private DemoUserSeeder Seeder(IUserStore users, bool seed) =>
        new(users, _hasher, Reference, Options.Create(new AuthOptions { SeedDemoUsers = seed }), NullLogger<DemoUserSeeder>.Instance);
}
