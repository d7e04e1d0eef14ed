using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace AsnApi.Infrastructure.Auth;

/// <summary>
/// The JWT signing key: generated on first run and kept in the data directory, outside the repo.
/// `Auth:SigningKey` (base64, at least 32 bytes) overrides it, for several instances behind a balancer.
/// </summary>
public static class SigningKey
{
    public static SymmetricSecurityKey Load(IConfiguration config, string dataDirectory)
    {
        var configured = config["Auth:SigningKey"];
        if (!string.IsNullOrWhiteSpace(configured)) return new SymmetricSecurityKey(Convert.FromBase64String(configured));

        Directory.CreateDirectory(dataDirectory);
        var file = Path.Combine(dataDirectory, "jwt-signing.key");
        if (!File.Exists(file))
        {
            var tmp = file + ".tmp";
            File.WriteAllText(tmp, Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(tmp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            try { File.Move(tmp, file); } catch (IOException) { File.Delete(tmp); /* another instance won the race */ }
        }
        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(file).Trim()));
    }
}
