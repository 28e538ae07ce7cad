using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Qalam.Accounts;

/// <summary>Sends plain-text mail through the configured SMTP server. When none is configured it sends nothing and logs nothing (links are secrets).</summary>
public sealed class Mailer(IOptions<SmtpOptions> options, ILogger<Mailer> log)
{
    public bool Enabled => options.Value.Enabled;

    /// <summary>True when the message was handed to the server.</summary>
    public async Task<bool> TrySendAsync(string to, string subject, string body, CancellationToken ct = default)
    {
        var o = options.Value;
        if (!o.Enabled) return false;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(o.From!));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        try
        {
            using var smtp = new SmtpClient();
            await smtp.ConnectAsync(o.Host!, o.Port, o.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, ct);
            if (!string.IsNullOrEmpty(o.User)) await smtp.AuthenticateAsync(o.User, o.Password ?? "", ct);
            await smtp.SendAsync(message, ct);
            await smtp.DisconnectAsync(true, ct);
            return true;
        }
        catch (Exception e) when (e is MailKit.Net.Smtp.SmtpCommandException or MailKit.ServiceNotConnectedException or MailKit.Security.AuthenticationException
            or System.Net.Sockets.SocketException or IOException or MailKit.ProtocolException or SslHandshakeException)
        {
            // The answer to the user stays the same; the operator sees why mail failed (never the link itself).
            log.LogWarning(e, "Could not send mail through {Host}:{Port}", o.Host, o.Port);
            return false;
        }
    }
}
