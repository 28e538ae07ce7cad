using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using Qalam.Hosting;

namespace Qalam.Cli;

/// <summary>
/// Turns what stopped a verb into one line a person can act on and an exit code (see <see cref="ExitCodes"/>);
/// the whole exception is written to the log file, never to the terminal.
/// </summary>
internal static partial class CliFailures
{
    public static int Report(Exception e, string dataDirectory)
    {
        var log = WriteDetails(e, dataDirectory);
        var (code, line) = Describe(e);
        Console.Error.WriteLine(line ?? CliStrings.Get("Unexpected", Innermost(e).Message.ReplaceLineEndings(" "), log));
        return code;
    }

    /// <summary>The exit code and the line for a failure a person can fix; a null line for an unexpected one.</summary>
    public static (int Code, string? Line) Describe(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            switch (x)
            {
                case StartupFailureException failure:
                    return (failure.ExitCode, failure.Message);
                case AddressInUseException:
                    return (ExitCodes.AddressUnavailable, CliStrings.Get("AddressInUse", AddressIn(e)));
                case SocketException { SocketErrorCode: SocketError.AccessDenied }:
                    return (ExitCodes.AddressUnavailable, CliStrings.Get("AddressDenied", AddressIn(e)));
                case OptionsValidationException invalid:
                    return (ExitCodes.Configuration, string.Join(" ", invalid.Failures.Select(f => Invalid(invalid.OptionsType, f))));
                case InvalidOperationException or FormatException when x.Message.StartsWith("Invalid url", StringComparison.Ordinal):
                    return (ExitCodes.AddressUnavailable, CliStrings.Get("AddressInvalid", x.Message.Split('\'')[1]));
                case InvalidOperationException when BindingFailure().Match(x.Message) is { Success: true } m:
                    var path = m.Groups["path"].Value;
                    return (ExitCodes.Configuration, CliStrings.Get("SettingWrongType", path, m.Groups["value"].Value,
                        TypeName(m.Groups["type"].Value), path.Replace(":", "__", StringComparison.Ordinal)));
            }
        }
        return (ExitCodes.Failed, null);
    }

    // Data annotations say "… members: 'X' with the error: 'The field X must be between 1 and 3600.'": said again with the setting's full name.
    private static string Invalid(Type options, string failure)
    {
        var section = options.GetField("Section")?.GetValue(null) as string ?? options.Name;
        if (RangeFailure().Match(failure) is { Success: true } m)
        {
            return CliStrings.Get("SettingRange", $"{section}:{m.Groups["member"].Value}", m.Groups["min"].Value, m.Groups["max"].Value);
        }
        return CliStrings.Get("SettingInvalid", failure);
    }

    private static string TypeName(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.Int16" => CliStrings.Get("TypeWholeNumber"),
        "System.Double" or "System.Decimal" or "System.Single" => CliStrings.Get("TypeNumber"),
        "System.Boolean" => CliStrings.Get("TypeTrueFalse"),
        _ => CliStrings.Get("TypeOther", type),
    };

    // Kestrel names the address it could not bind in the outer exception's message ("Failed to bind to address X: …").
    private static string AddressIn(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (BindAddress().Match(x.Message) is { Success: true } m) return m.Groups[1].Value;
        }
        return "--urls";
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e;
    }

    /// <summary>Appends the exception to data/logs/qalam.log, or to the temp folder when the data directory is what failed.</summary>
    private static string WriteDetails(Exception e, string dataDirectory)
    {
        var text = $"{DateTimeOffset.UtcNow:O} {e}{Environment.NewLine}";
        foreach (var folder in Directory.Exists(dataDirectory) ? [Path.Combine(dataDirectory, "logs"), Path.GetTempPath()] : new[] { Path.GetTempPath() })
        {
            try
            {
                Directory.CreateDirectory(folder);
                var path = Path.Combine(folder, folder == Path.GetTempPath() ? "qalam-errors.log" : "qalam.log");
                var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                using var writer = new StreamWriter(path, options);
                writer.Write(text);
                return path;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Try the next place.
            }
        }
        return Path.GetTempPath();
    }

    [GeneratedRegex(@"Failed to convert configuration value '(?<value>.*)' at '(?<path>[^']*)' to type '(?<type>[^']*)'")]
    private static partial Regex BindingFailure();

    [GeneratedRegex(@"members: '(?<member>[^']+)' with the error: 'The field \S+ must be between (?<min>\S+) and (?<max>[^ .']+)")]
    private static partial Regex RangeFailure();

    [GeneratedRegex(@"to address (\S+): ")]
    private static partial Regex BindAddress();
}
