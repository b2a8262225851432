using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Volunteer.Reads.Benchmarks;

/// <summary>
/// nghttp2's h2load on one connection with <see cref="Streams"/> streams in flight for a fixed time.
/// It cannot read trailers, so grpc-status is checked by the .NET client's run of the same request;
/// here every answer must at least be an HTTP 2xx.
/// </summary>
internal static partial class H2Load
{
    public const int Streams = 16;

    public static async Task<double> CallsPerSecondAsync(ReadTarget target, TimeSpan duration)
    {
        var body = Path.GetTempFileName();
        await File.WriteAllBytesAsync(body, target.Frame());
        try
        {
            var output = await RunAsync(target, body, duration);
            var succeeded = Number(Succeeded(), output);
            var twoHundreds = Number(TwoHundreds(), output);
            if (succeeded == 0 || twoHundreds != succeeded || Number(Failed(), output) != 0)
            {
                throw new InvalidOperationException($"h2load saw failures calling {target.Name}:\n{output}");
            }

            return Number(RequestsPerSecond(), output);
        }
        finally
        {
            File.Delete(body);
        }
    }

    private static async Task<string> RunAsync(ReadTarget target, string body, TimeSpan duration)
    {
        var start = new ProcessStartInfo("h2load") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "-D", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture), "--warm-up-time", "1",
            "-c", "1", "-m", Streams.ToString(CultureInfo.InvariantCulture), "-d", body,
            "-H", "content-type: application/grpc", "-H", "te: trailers",
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (target.Token is not null)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add($"authorization: Bearer {target.Token}");
        }

        start.ArgumentList.Add(new Uri(target.Server, target.MethodPath).ToString());
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await output
            : throw new InvalidOperationException($"h2load failed: {await errors}{await output}");
    }

    private static double Number(Regex pattern, string output) =>
        pattern.Match(output) is { Success: true } match
            ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"h2load's output has no '{pattern}':\n{output}");

    [GeneratedRegex(@"finished in [\d.]+\w+, ([\d.]+) req/s")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) succeeded")]
    private static partial Regex Succeeded();

    [GeneratedRegex(@"(\d+) failed")]
    private static partial Regex Failed();

    [GeneratedRegex(@"status codes: (\d+) 2xx")]
    private static partial Regex TwoHundreds();
}
