namespace NewsPortal.Web;

/// <summary>
/// Control characters have no business in a path or a query, and NUL none in a form: PostgreSQL
/// refuses NUL in text and the form reader throws on it (a 500 with a stack trace), a CR or LF would
/// end up in a redirect's header. Such a request is answered 400 before any page or endpoint reads it.
/// </summary>
public static class InputGuard
{
    public const string Message = "الطلب يحوي محرف تحكم غير مقبول (مثل NUL) في العنوان أو في حقل. / The request holds a control character.";

    public static void Use(WebApplication app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var bad = HasControl(request.Path.Value)
            || request.Query.Any(p => HasControl(p.Key) || p.Value.Any(HasControl));
        if (!bad && request.HasFormContentType)
        {
            try
            {
                // Read once here (it is kept for the page): a NUL makes the form reader throw.
                await request.ReadFormAsync(context.RequestAborted);
            }
            catch (InvalidDataException)
            {
                bad = true;
            }
        }
        if (bad)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(Message, context.RequestAborted);
            return;
        }
        await next(context);
    });

    private static bool HasControl(string? text) => text is not null && text.Any(char.IsControl);
}
