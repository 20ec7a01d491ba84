namespace Hotline.Dashboard.Auth;

public sealed partial class DemoUserSeeder
{
    [LoggerMessage(1, LogLevel.Information, "Seeded {Count} demo user(s); their password is in DemoUsers.cs.")]
    private partial void LogSeeded(int count);

    [LoggerMessage(2, LogLevel.Error, "Demo user {UserName} names department {Department}, which the reference data does not have: not seeded.")]
    private partial void LogUnknownDepartment(string userName, string department);
}
