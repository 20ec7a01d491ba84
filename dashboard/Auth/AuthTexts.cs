namespace Hotline.Dashboard.Auth;

/// <summary>User-facing text of sign-in, access rules, seats and evidence files.</summary>
public static class AuthTexts
{
    // Sign-in
    public const string UnauthorizedTitle = "未登录";
    public const string UnauthorizedDetail = "请先登录，或在请求中携带有效的访问令牌。";
    public const string LoginFailedTitle = "登录失败";
    public const string LoginFailed = "用户名或密码不正确。";

    // Access
    public const string ForbiddenTitle = "无权操作";
    public const string ForbiddenDetail = "当前账号的角色无权执行此操作。";
    public static string OwnDepartmentOnly(string own) => $"只能以本单位（{own}）的名义办理工单。";
    public static string OtherDepartment(string code) => $"无权查看或修改其他单位（{code}）的数据。";
    public static string OwnSeatOnly(string own) => $"只能操作本人坐席（{own}）。";
    public const string NoSeat = "当前账号没有绑定坐席。";

    // Seats
    public static string SeatNotFound(string id) => $"坐席 {id} 不存在。";
    public static string SeatStatus(string allowed) => $"坐席状态必须是：{allowed}。";
    public const string AlreadyOnCall = "该坐席已在通话中，请先结束当前通话（话后处理）。";

    // Evidence files
    public const string NotMultipart = "须以 multipart/form-data 上传，文件字段名为 file。";
    public const string FileRequired = "请选择要上传的文件（字段名 file）。";
    public const string FileEmpty = "文件是空的。";
    public static string FileTooLarge(long maxBytes) => $"文件不能超过 {maxBytes / (1024 * 1024)} MB。";
    public const string FileTypeNotAllowed = "只接受 JPEG、PNG、WebP、GIF 图片或 PDF 文件。";
    public static string FileTypeMismatch(string declared) => $"文件内容与声明的类型（{declared}）不符。";
    public const string FormUnreadable = "上传的表单无法读取，请重新选择文件上传。";
    public static string EvidenceNotFound(string id) => $"证据文件 {id} 不存在。";
}
