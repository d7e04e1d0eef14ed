#!/usr/bin/env python3
"""Where a request's time goes, from a dotnet-trace `dotnet-sampled-thread-time` trace in Speedscope format.

    python3 bench/trace-breakdown.py trace.speedscope.json
    python3 bench/trace-breakdown.py --top 25 trace.speedscope.json   # and the heaviest frames of each part

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


def main(path, top=0):
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
    leaves = collections.defaultdict(collections.Counter)  # part -> the innermost managed frame -> ms
    inclusive = collections.Counter()  # any frame -> ms of the busy samples it is on
    for stack, ms in stacks.items():
        names = [frames[i] for i in stack]
        # A waiting thread's wait is at the top of its stack (the sampled frame and the one or two below it).
        if any(WAIT.search(n) for n in names[-3:]) or (names[-1] == 'UNMANAGED_CODE_TIME' and len(names) > 1 and names[-2] == '?!?'):
            continue
        category = next((name for n in reversed(names) for name, rx in rules if rx.search(n)), 'other')
        shares[category] += ms
        managed = [n for n in names if n not in ('UNMANAGED_CODE_TIME', '?!?')]
        leaves[category][managed[-1] if managed else names[-1]] += ms
        for n in set(names):
            inclusive[n] += ms
    total = sum(shares.values())
    print(f'busy thread time sampled: {total / 1000:.1f} s')
    for name, ms in shares.most_common():
        print(f'{100 * ms / total:5.1f} %  {name}')
    if top:
        for name, ms in shares.most_common():
            print(f'\n{name}: innermost managed frames')
            for frame, f_ms in leaves[name].most_common(top // 3 or 1):
                print(f'  {100 * f_ms / total:5.1f} %  {frame[:160]}')
        print('\nframes by inclusive share of the busy time')
        for frame, f_ms in inclusive.most_common(top):
            print(f'{100 * f_ms / total:5.1f} %  {frame[:160]}')


if __name__ == '__main__':
    args = sys.argv[1:]
    top = int(args[args.index('--top') + 1]) if '--top' in args else 0
    main([a for i, a in enumerate(args) if a != '--top' and (i == 0 or args[i - 1] != '--top')][0], top)
