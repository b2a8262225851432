using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Volunteer.Safety.Data;

namespace Volunteer.Safety.Grpc;

/// <summary>
/// A call that recomputes an activity's clearance can meet a consumer recomputing the same activity
/// (the activity row's version guards the revision), and two enrolments of the same people can meet on
/// the insured list's unique index. Each use case saves once at its end, so a failed attempt wrote
/// nothing: the call is run again on a clean unit of work (where it sees what the other one committed),
/// and only a conflict that persists reaches the caller, as ABORTED (retry later).
/// </summary>
public sealed class ConcurrentChangeRetry : Interceptor
{
    private const int Attempts = 3;

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await continuation(request, context);
            }
            catch (DbUpdateException e) when (IsConcurrentChange(e) && attempt < Attempts)
            {
                context.GetHttpContext().RequestServices.GetRequiredService<SafetyDbContext>().ChangeTracker.Clear();
            }
            catch (DbUpdateException e) when (IsConcurrentChange(e))
            {
                throw new Google.Rpc.Status
                {
                    Code = (int)Code.Aborted,
                    Message = "The activity changed at the same moment; send the request again.",
                }.ToRpcException();
            }
        }
    }

    private static bool IsConcurrentChange(DbUpdateException e) =>
        e is DbUpdateConcurrencyException || e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
