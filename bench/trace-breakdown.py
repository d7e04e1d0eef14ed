#!/usr/bin/env python3
"""Where a request's time goes, from a dotnet-trace `dotnet-sampled-thread-time` trace in Speedscope format.

    python3 bench/trace-breakdown.py trace.speedscope.json

Rebuilds each thread's sampled stacks from the evented profile, drops samples of threads that wait or spin idle
(thread-pool semaphores, socket event loops, timers), and gives every other sample to the deepest frame that names a known part of
the request path (first match in CATEGORIES, innermost frame first). Prints each part's share of the busy time.
"""
import collections
import json
import re
import sys

WAIT = re.compile(r'LowLevelLifoSemaphore\.Wait|Monitor\.Wait\(|WaitHandle\.WaitOneNoCheck|FileSystem\.Watcher'
                  r'|SocketAsyncEngine\.EventLoop|Heartbeat\.TimerLoop|Thread\.Sleep|WorkerThreadStart\(\)$')
CATEGORIES = [
    ('sqlite: compile statement', r'sqlite3_prepare|PrepareAndEnumerateStatements|GetStatements|FindPrefixedParameter|SqliteParameter\.Bind|sqlite3_finalize|sqlite3_stmt\.ReleaseHandle'),
    ('sqlite: open/close connection', r'SqliteConnection\.(Open|Close|Dispose)|SqliteConnectionPool|SqliteConnectionInternal|SqliteConnectionFactory|SqliteConnections'),
    ('sqlite: run and read rows', r'Microsoft\.Data\.Sqlite|SQLitePCL'),
    ('Dapper (mapping, parameters)', r'^Dapper!|TypeHandlers'),
    ('bearer token validation', r'IdentityModel|JwtBearer|ValidatedTokenCache'),
    ('authentication (scheme, principal)', r'Authentication'),
    ('authorization', r'Authorization'),
    ('rate limiter', r'RateLimit'),
    ('JSON serialisation (masking included)', r'System\.Text\.Json|PersonalData'),
    ('Mediator, handler, DI, CurrentUser', r'Mediator|AsnApi!AsnApi\.Features|ServiceLookup|DependencyInjection|CurrentUser'),
    ('static files, compression, dashboard', r'StaticFiles|ResponseCompression|DashboardHosting'),
    ('security headers, query and size limits', r'SecurityHeaders|QueryLimits|RequestSizeLimit'),
    ('routing, endpoint, ETag', r'Routing|RequestDelegateFactory|lambda_method|EndpointMiddleware|ETags'),
    ('Kestrel HTTP and sockets', r'Kestrel|System\.Net\.Sockets|Pipelines|HostingApplication|Http\.Features|DefaultHttpContext'),
    ('GC and finalizers', r'GC\.|RunFinalizers|PollGC'),
    ('locks (uncontended slow path)', r'Monitor\.Enter'),
]


def main(path):
    data = json.load(open(path))
    frames = [f['name'] for f in data['shared']['frames']]
    stacks = collections.Counter()
    for profile in data['profiles']:
        stack, last = [], None
        for event in profile['events']:
            if last is not None and stack and event['at'] > last:
                stacks[tuple(stack)] += event['at'] - last
            last = event['at']
            if event['type'] == 'O':
                stack.append(event['frame'])
            else:
                stack.pop()
    rules = [(name, re.compile(p)) for name, p in CATEGORIES]
    shares = collections.Counter()
    for stack, ms in stacks.items():
        names = [frames[i] for i in stack]
        # A waiting thread's wait is at the top of its stack (the sampled frame and the one or two below it).
        if any(WAIT.search(n) for n in names[-3:]) or (names[-1] == 'UNMANAGED_CODE_TIME' and len(names) > 1 and names[-2] == '?!?'):
            continue
        category = next((name for n in reversed(names) for name, rx in rules if rx.search(n)), 'other')
        shares[category] += ms
    total = sum(shares.values())
    print(f'busy thread time sampled: {total / 1000:.1f} s')
    for name, ms in shares.most_common():
        print(f'{100 * ms / total:5.1f} %  {name}')


if __name__ == '__main__':
    main(sys.argv[1])
