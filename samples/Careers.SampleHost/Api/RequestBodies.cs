using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Careers.SampleHost.Api;

/// <summary>Endpoint metadata: the handler streams its own body (the import), so the body policy does not buffer it.</summary>
internal sealed class StreamsItsBodyMetadata;

/// <summary>
/// The host's policy for request bodies, before any handler reads one: a body must be of a media type its endpoint
/// accepts (<c>415</c>, also when there is no <c>Content-Type</c>); a body over the limit is <c>413</c> whether it
/// came with a <c>Content-Length</c> or chunked; and a JSON body must follow <see cref="JsonPolicy"/> (no property
/// twice, in any case: <c>400</c>). It runs after authorisation, so a caller without a key learns nothing from it.
/// </summary>
internal static partial class RequestBodies
{
    /// <summary>Marks an endpoint whose handler streams its own body (and checks it): the policy checks only its media type.</summary>
    public static TBuilder StreamsItsBody<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new StreamsItsBodyMetadata());

    /// <summary>
    /// Ends the connection after a refusal (<c>4xx</c>, <c>5xx</c>) of a request that came with a body: the host may not
    /// have read the body, and Kestrel closes a connection whose unread body it cannot drain (one over the limit). Said
    /// in the answer (<c>Connection: close</c>), a client does not send its next request on a connection about to end.
    /// </summary>
    public static IApplicationBuilder UseConnectionCloseOnRefusedBodies(
        this IApplicationBuilder app
    ) =>
        app.Use(
            (http, next) =>
            {
                if (
                    http.Request.ContentLength > 0
                    || http.Request.Headers.TransferEncoding.Count > 0
                )
                {
                    http.Response.OnStarting(
                        static state =>
                        {
                            var response = ((HttpContext)state).Response;
                            if (response.StatusCode >= 400)
                            {
                                response.Headers.Connection = "close";
                            }

                            return Task.CompletedTask;
                        },
                        http
                    );
                }

                return next(http);
            }
        );

    /// <summary>Adds the policy; <paramref name="maxBodyBytes"/> is the host's limit (Kestrel's, and the policy's own elsewhere).</summary>
    public static IApplicationBuilder UseRequestBodyPolicy(
        this IApplicationBuilder app,
        long maxBodyBytes
    ) => app.Use((http, next) => CheckAsync(http, next, maxBodyBytes));

    private static async Task CheckAsync(HttpContext http, RequestDelegate next, long maxBodyBytes)
    {
        var endpoint = http.GetEndpoint();
        var accepts = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>();
        var method = http.Request.Method;
        if (
            accepts is not { ContentTypes.Count: > 0 }
            || !(
                HttpMethods.IsPost(method)
                || HttpMethods.IsPut(method)
                || HttpMethods.IsPatch(method)
            )
            || (accepts.IsOptional && !HasBody(http.Request))
        )
        {
            await next(http);
            return;
        }

        var mediaType = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var parsed)
            ? parsed.MediaType.Value
            : null;
        if (
            mediaType is null
            || !accepts.ContentTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase)
        )
        {
            await Problems
                .UnsupportedMediaType(accepts.ContentTypes, http.Request.ContentType)
                .ExecuteAsync(http);
            return;
        }

        if (
            !JsonPolicy.IsJson(mediaType)
            || endpoint!.Metadata.Any(m => m is StreamsItsBodyMetadata)
        )
        {
            await next(http);
            return;
        }

        // Kestrel counts the body against its limit (chunked too); another server may not, so count it here as well.
        var limit =
            http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? maxBodyBytes;
        if (await ReadAsync(http.Request, limit, http.RequestAborted) is not { } body)
        {
            await Problems.TooLarge(limit).ExecuteAsync(http);
            return;
        }

        var problems = new List<ValidationError>();
        try
        {
            using var document = JsonDocument.Parse(body.AsMemory());
            JsonPolicy.FindDuplicates(document.RootElement, "", problems);
        }
        catch (JsonException)
        {
            // Not JSON at all: the handler says where, in its own terms (body.json, log.json, json.syntax).
        }

        if (problems.Count > 0)
        {
            await Problems.Invalid("The request body is not valid.", problems).ExecuteAsync(http);
            return;
        }

        var original = http.Request.Body;
        http.Request.Body = new MemoryStream(body.Array!, body.Offset, body.Count, writable: false);
        try
        {
            await next(http);
        }
        finally
        {
            http.Request.Body = original;
        }
    }

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0
        || request.Headers.TransferEncoding.Count > 0
        || request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody
            == true;

    /// <summary>The whole body, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    private static async Task<ArraySegment<byte>?> ReadAsync(
        HttpRequest request,
        long limit,
        CancellationToken ct
    )
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var buffer = new MemoryStream(
            (int)Math.Min(request.ContentLength ?? 4096, Math.Min(limit, 1 << 20))
        );
        var chunk = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, 1 << 16), ct)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e)
            when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// The problem for a request the framework refused before its handler ran: a body over the limit (<c>413</c>), a
    /// body or parameter that could not be bound (<c>400</c>, with a field error), or another status it names.
    /// </summary>
    internal sealed class BadRequests : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(
            HttpContext httpContext,
            Exception exception,
            CancellationToken cancellationToken
        )
        {
            if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
            {
                return false;
            }

            var result = bad.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => Problems.TooLarge(
                    httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize
                ),
                StatusCodes.Status415UnsupportedMediaType => Problems.UnsupportedMediaType(
                    httpContext
                        .GetEndpoint()
                        ?.Metadata.GetMetadata<IAcceptsMetadata>()
                        ?.ContentTypes
                        ?? ["application/json"],
                    httpContext.Request.ContentType
                ),
                StatusCodes.Status400BadRequest => Problems.Invalid(
                    "The request is not valid.",
                    [ErrorOf(bad)]
                ),
                var status => Results.Problem(
                    title: "The request cannot be served.",
                    statusCode: status
                ),
            };
            await result.ExecuteAsync(httpContext);
            return true;
        }
    }

    /// <summary>A field error for a request a minimal API could not bind.</summary>
    internal static ValidationError ErrorOf(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            return JsonPolicy.ErrorOf(json);
        }

        if (BindFailure().Match(bad.Message) is { Success: true } failed)
        {
            var name = failed.Groups["name"].Value;
            return new ValidationError(
                "request.parameter",
                "/query/" + name,
                $"{name} must be a value of type {failed.Groups["type"].Value.TrimEnd('?')}; '{failed.Groups["value"].Value}' is not one."
            );
        }

        if (Missing().Match(bad.Message) is { Success: true } missing)
        {
            var name = missing.Groups["name"].Value;
            return missing.Groups["source"].Value switch
            {
                "header" => new ValidationError(
                    "request.header",
                    "/headers/" + name,
                    $"The {name} header is required."
                ),
                "query string" => new ValidationError(
                    "request.parameter",
                    "/query/" + name,
                    $"{name} is required."
                ),
                _ => new ValidationError("body.required", "", "The request needs a body."),
            };
        }

        if (bad.Message.StartsWith("Implicit body inferred", StringComparison.Ordinal))
        {
            return new ValidationError("body.required", "", "The request needs a body.");
        }

        return new ValidationError("request.invalid", "", bad.Message);
    }

    // Failed to bind parameter "int? take" from "abc".
    [GeneratedRegex(
        "^Failed to bind parameter \"(?<type>[^ \"]+) (?<name>[^\"]+)\" from \"(?<value>.*)\"\\.$"
    )]
    private static partial Regex BindFailure();

    // Required parameter "string id" was not provided from query string. (… from header, route, body)
    [GeneratedRegex(
        "^Required parameter \"(?<type>[^ \"]+) (?<name>[^\"]+)\" was not provided from (?<source>[a-z ]+)\\.$"
    )]
    private static partial Regex Missing();
}
