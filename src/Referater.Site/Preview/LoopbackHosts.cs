using System.Net;

namespace Referater.Site.Preview;

/// <summary>The names under which preview answers: only those that can only mean this machine.</summary>
public static class LoopbackHosts
{
    public static bool IsLoopback(string host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return false;
        }
        var name = host.TrimEnd('.');
        if (name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return IPAddress.TryParse(name.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
