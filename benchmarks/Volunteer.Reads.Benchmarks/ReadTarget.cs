using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;

namespace Volunteer.Reads.Benchmarks;

/// <summary>
/// One unary read as both load generators send it: the server, the method's path, the request and the
/// caller's token (none for the baseline), and the same call made through a generated .NET client.
/// </summary>
internal sealed record ReadTarget(
    string Name, Uri Server, string MethodPath, IMessage Request, string? Token,
    Func<GrpcChannel, Metadata, Task> Call)
{
    public Metadata Headers => Token is null ? [] : Bearer(Token);

    public static Metadata Bearer(string token) => new() { { "authorization", $"Bearer {token}" } };

    /// <summary>The request as a gRPC frame: not compressed, 4-byte big-endian length, the message.</summary>
    public byte[] Frame()
    {
        var message = Request.ToByteArray();
        var frame = new byte[5 + message.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1), message.Length);
        message.CopyTo(frame, 5);
        return frame;
    }
}
