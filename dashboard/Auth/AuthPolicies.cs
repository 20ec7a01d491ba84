namespace Hotline.Dashboard.Auth;

/// <summary>
/// Named authorization policies: who may call what. Each names the roles it lets in; finer rules
/// (own department, own seat) are checked by the endpoint, which knows the body.
/// </summary>
public static class AuthPolicies
{
    /// <summary>The Orleans dashboard page and anything else only an administrator touches.</summary>
    public const string Admin = "hotline.admin";
    public const string CreateOrder = "hotline.create-order";
    public const string Answer = "hotline.answer";
    public const string Dispatch = "hotline.dispatch";
    public const string Handle = "hotline.handle";
    public const string Review = "hotline.review";
    public const string CallerLookup = "hotline.caller-lookup";
    public const string DepartmentContact = "hotline.department-contact";
    public const string UploadEvidence = "hotline.upload-evidence";
    public const string SeatBoard = "hotline.seat-board";
    public const string OwnSeat = "hotline.own-seat";
    public const string SeatStatus = "hotline.seat-status";
    public const string Inquire = "hotline.inquire";
    public const string Intake = "hotline.intake";
    public const string KnowledgeWrite = "hotline.knowledge-write";
    public const string KnowledgeReview = "hotline.knowledge-review";
    public const string RoutingAdmin = "hotline.routing-admin";
    public const string Figures = "hotline.figures";
    public const string FiguresCityWide = "hotline.figures-city-wide";
    public const string Urge = "hotline.urge";
    public const string AcknowledgeUrge = "hotline.acknowledge-urge";
    public const string AcknowledgeEscalation = "hotline.acknowledge-escalation";
    public const string Supervision = "hotline.supervision";
    public const string ReviewRulesRead = "hotline.review-rules-read";
    public const string ReviewRulesWrite = "hotline.review-rules-write";
    public const string ReviewCheck = "hotline.review-check";

    /// <summary>Each policy and the roles it admits.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> RolesOf = new Dictionary<string, string[]>
    {
        [Admin] = [Roles.Admin],
        [CreateOrder] = [Roles.Seat, Roles.Dispatcher, Roles.Admin],
        [Answer] = [Roles.Seat, Roles.Admin],
        [Dispatch] = [Roles.Dispatcher, Roles.Admin],
        [Handle] = [Roles.Department, Roles.Dispatcher, Roles.Admin],
        [Review] = [Roles.Reviewer, Roles.Admin],
        [CallerLookup] = [Roles.Seat, Roles.Reviewer, Roles.Admin],
        [DepartmentContact] = [Roles.Department, Roles.Admin],
        [UploadEvidence] = [Roles.Department, Roles.Dispatcher, Roles.Admin],
        [SeatBoard] = [Roles.Dispatcher, Roles.Leader, Roles.Reviewer, Roles.Admin, Roles.Seat],
        [OwnSeat] = [Roles.Seat],
        [SeatStatus] = [Roles.Seat, Roles.Admin],
        // 接诉即办: the specialist who asks a department's emergency contact works at a seat or the dispatch desk.
        [Inquire] = [Roles.Seat, Roles.Dispatcher, Roles.Admin],
        // Intake help: knowledge answers, routing suggestions, duplicates, the caller's profile.
        [Intake] = [Roles.Seat, Roles.Dispatcher, Roles.Reviewer, Roles.Admin],
        // Anyone who meets callers' questions may propose knowledge (departments too, for their own matters).
        [KnowledgeWrite] = [Roles.Seat, Roles.Dispatcher, Roles.Department, Roles.Reviewer, Roles.Admin],
        [KnowledgeReview] = [Roles.Reviewer, Roles.Admin],
        [RoutingAdmin] = [Roles.Admin],
        // 考核数据: a department user sees its own department's row and report only (the endpoint narrows it).
        [Figures] = [Roles.Leader, Roles.Reviewer, Roles.Dispatcher, Roles.Admin, Roles.Department],
        [FiguresCityWide] = [Roles.Leader, Roles.Reviewer, Roles.Dispatcher, Roles.Admin],
        // 催办 is the centre's; the urged lead department acknowledges it.
        [Urge] = [Roles.Dispatcher, Roles.Reviewer, Roles.Admin],
        [AcknowledgeUrge] = [Roles.Department, Roles.Admin],
        // 提级督办: each level acknowledges its own rung; the endpoint checks which role fits which level.
        [AcknowledgeEscalation] = [Roles.Department, Roles.Dispatcher, Roles.Reviewer, Roles.Leader, Roles.Admin],
        [Supervision] = [Roles.Leader, Roles.Reviewer, Roles.Dispatcher, Roles.Admin],
        // 审核规则: everyone whose replies they judge may read them; the centre's reviewers write them.
        [ReviewRulesRead] = [Roles.Reviewer, Roles.Dispatcher, Roles.Department, Roles.Admin],
        [ReviewRulesWrite] = [Roles.Reviewer, Roles.Admin],
        // 自检 by the handler on a draft, 部门审核 / 中心审核 previews by the reviewers.
        [ReviewCheck] = [Roles.Department, Roles.Reviewer, Roles.Dispatcher, Roles.Admin],
    };
}
