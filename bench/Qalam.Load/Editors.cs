using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Qalam.Load;

/// <summary>
/// An editor at work while readers read: signs in through the real form, then every few seconds opens the new-post
/// form and publishes, which evicts the cached home page, feed and archives. Signs in once (the sign-in form allows ten
/// posts a minute per address) and again only if the session is gone. Every step that does not answer as a browser
/// expects is a publish failure.
/// </summary>
public sealed partial class Editors(Uri site, string email, string password, string tagName, TimeSpan every, TimeSpan timeout)
{
    private readonly Lock _gate = new();
    private int _published, _failed;
    private double _worstMs;

    public int TotalPublished { get; private set; }
    public int TotalFailed { get; private set; }

    public (int Published, int Failed, double WorstMs) Take()
    {
        lock (_gate)
        {
            var taken = (_published, _failed, _worstMs);
            TotalPublished += _published;
            TotalFailed += _failed;
            (_published, _failed, _worstMs) = (0, 0, 0);
            return taken;
        }
    }

    public async Task RunAsync(CancellationToken ct)
    {
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };
        using var http = new HttpClient(handler) { BaseAddress = site, Timeout = timeout };
        var signedIn = false;
        var next = Stopwatch.GetTimestamp();
        for (var n = 1; !ct.IsCancellationRequested; n++)
        {
            var started = Stopwatch.GetTimestamp();
            bool ok;
            try
            {
                if (!signedIn) signedIn = await SignInAsync(http);
                ok = signedIn && await PublishAsync(http, n);
                if (!ok) signedIn = false;
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
            {
                Console.Error.WriteLine($"  publish {n}: {e.GetType().Name}: {e.Message}");
                ok = false;
            }
            Record(ok, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            next += (long)(every.TotalSeconds * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
            try { if (wait > TimeSpan.Zero) await Task.Delay(wait, ct); }
            catch (OperationCanceledException) { break; }
        }
    }

    private async Task<bool> SignInAsync(HttpClient http)
    {
        var token = Token(await http.GetStringAsync("/admin/sign-in"));
        using var response = await http.PostAsync("/admin/sign-in", Form(token, ("Email", email), ("Password", password)));
        return Expect(response, HttpStatusCode.Redirect, "sign-in");
    }

    private async Task<bool> PublishAsync(HttpClient http, int n)
    {
        using var form = await http.GetAsync("/admin/posts/new");
        if (!Expect(form, HttpStatusCode.OK, "new-post form")) return false;
        var token = Token(await form.Content.ReadAsStringAsync());
        var stamp = DateTime.UtcNow.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        using var saved = await http.PostAsync("/admin/posts/new", Form(token,
            ("Form.Title", $"تحديث عاجل من غرفة الأخبار رقم {n} ({stamp})"),
            ("Form.BodyHtml", $"<p>نص الخبر رقم {n}: تابعت المدينة اليوم ورشة عن الأمن الرقمي للطلاب والمعلمين.</p>"),
            ("Form.Tags", tagName), ("Form.Language", "ar"), ("Form.Kind", "News"), ("Intent", "Publish")));
        if (!Expect(saved, HttpStatusCode.Redirect, "publish")) return false;
        // The editor lands on the saved post's form, as in a browser.
        using var landed = await http.GetAsync(saved.Headers.Location);
        return Expect(landed, HttpStatusCode.OK, "saved post");
    }

    private static bool Expect(HttpResponseMessage response, HttpStatusCode expected, string step)
    {
        if (response.StatusCode == expected) return true;
        Console.Error.WriteLine($"  editor {step}: {(int)response.StatusCode} {response.Headers.Location}");
        return false;
    }

    private void Record(bool ok, double ms)
    {
        lock (_gate)
        {
            if (ok) _published++; else _failed++;
            _worstMs = Math.Max(_worstMs, ms);
        }
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    private static string Token(string html) => TokenInput().Match(html) is { Success: true } m
        ? WebUtility.HtmlDecode(m.Groups[1].Value)
        : throw new HttpRequestException("The form has no antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
