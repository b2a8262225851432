using System.Net;
using System.Text.RegularExpressions;

namespace Volunteer.Identity.Tests.Support;

/// <summary>
/// A browser without a browser: keeps cookies, follows redirects only within the identity service (so a
/// test sees where it is sent), and posts the pages' forms with their anti-forgery token.
/// </summary>
public sealed partial class PageClient(Uri issuer) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler
    {
        AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true,
    }) { BaseAddress = issuer };

    /// <summary>Where the last answer left off: the page shown, or a redirect out of the service.</summary>
    public Uri Location { get; private set; } = issuer;

    public string Html { get; private set; } = "";

    public Task GetAsync(string pathAndQuery) => FollowAsync(new HttpRequestMessage(HttpMethod.Get, pathAndQuery));

    /// <summary>Fills the current page's form (with its hidden fields) and submits it.</summary>
    public Task PostAsync(Dictionary<string, string> fields)
    {
        var form = Hidden().ToDictionary(f => f.Key, f => f.Value);
        foreach (var (name, value) in fields)
        {
            form[name] = value;
        }

        return FollowAsync(
            new HttpRequestMessage(HttpMethod.Post, Location) { Content = new FormUrlEncodedContent(form) });
    }

    /// <summary>Signs in on the sign-in page the last request ended on.</summary>
    public Task SignInAsync(string userName, string password) =>
        PostAsync(new() { ["UserName"] = userName, ["Password"] = password });

    public string Text(string elementId) =>
        WebUtility.HtmlDecode(Regex.Match(Html, $"id=\"{elementId}\"[^>]*>([^<]*)<").Groups[1].Value).Trim();

    public void Dispose() => _http.Dispose();

    private async Task FollowAsync(HttpRequestMessage request)
    {
        var response = await _http.SendAsync(request);
        while (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
        {
            var next = new Uri(Location, response.Headers.Location!);
            Location = next;
            if (next.Authority != _http.BaseAddress!.Authority)
            {
                Html = "";
                return;
            }

            response = await _http.GetAsync(next);
        }

        Location = response.RequestMessage!.RequestUri!;
        Html = await response.Content.ReadAsStringAsync();
    }

    private IEnumerable<KeyValuePair<string, string>> Hidden() =>
        Input().Matches(Html).Select(m => m.Value)
            .Where(input => input.Contains("type=\"hidden\"", StringComparison.Ordinal))
            .Select(input => KeyValuePair.Create(Attribute(input, "name"), Attribute(input, "value")));

    private static string Attribute(string input, string name) =>
        WebUtility.HtmlDecode(Regex.Match(input, $" {name}=\"([^\"]*)\"").Groups[1].Value);

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex Input();
}
