namespace Qalam.Pages.Admin;

public sealed class DeniedModel : AdminPageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
