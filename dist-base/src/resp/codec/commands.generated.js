// GENERATED FILE - DO NOT EDIT.
// Produced by scripts/gen-redis.mjs from Redis's src/commands/*.json (../shared/spec/redis) and
// scripts/redis-spec-extra/ (commands the shared spec lacks);
// run `npm run gen` to refresh. test/resp/codec/commands.test.ts fails when this file is stale.
//
// The command descriptions come from Redis; its licence (COPYING) asks for this notice:
//
// Copyright (c) 2006-2020, Salvatore Sanfilippo
// All rights reserved.
//
// Redistribution and use in source and binary forms, with or without modification, are permitted provided that the following conditions are met:
//
//     * Redistributions of source code must retain the above copyright notice, this list of conditions and the following disclaimer.
//     * Redistributions in binary form must reproduce the above copyright notice, this list of conditions and the following disclaimer in the documentation and/or other materials provided with the distribution.
//     * Neither the name of Redis nor the names of its contributors may be used to endorse or promote products derived from this software without specific prior written permission.
//
// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
export const REDIS_COMMANDS = [
    {
        "name": "auth",
        "arity": -2,
        "flags": [
            "noscript",
            "loading",
            "stale",
            "fast",
            "no_auth",
            "allow_busy"
        ],
        "firstKey": 0,
        "lastKey": 0,
        "step": 0,
        "aclCategories": [
            "@fast",
            "@connection"
        ],
        "tips": [],
        "keySpecs": [],
        "subcommands": [],
        "docs": {
            "group": "connection",
            "summary": "Authenticates the connection.",
            "since": "1.0.0",
            "complexity": "O(N) where N is the number of passwords defined for the user",
            "docFlags": [],
            "history": [
                [
                    "6.0.0",
                    "Added ACL style (username and password)."
                ]
            ],
            "arguments": [
                {
                    "name": "username",
                    "type": "string",
                    "since": "6.0.0",
                    "flags": [
                        "optional"
                    ]
                },
                {
                    "name": "password",
                    "type": "string",
                    "flags": []
                }
            ]
        }
    },
    {
        "name": "client",
        "arity": -2,
        "flags": [],
        "firstKey": 0,
        "lastKey": 0,
        "step": 0,
        "aclCategories": [
            "@slow"
        ],
        "tips": [],
        "keySpecs": [],
        "subcommands": [
            {
                "name": "client|caching",
                "arity": 3,
                "flags": [
                    "noscript",
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@slow",
                    "@connection"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "connection",
                    "summary": "Instructs the server whether to track the keys in the next request.",
                    "since": "6.0.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": null,
                    "arguments": [
                        {
                            "name": "mode",
                            "type": "oneof",
                            "flags": [],
                            "arguments": [
                                {
                                    "name": "yes",
                                    "type": "pure-token",
                                    "token": "YES",
                                    "flags": []
                                },
                                {
                                    "name": "no",
                                    "type": "pure-token",
                                    "token": "NO",
                                    "flags": []
                                }
                            ]
                        }
                    ]
                }
            },
            {
                "name": "client|getname",
                "arity": 2,
                "flags": [
                    "noscript",
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@slow",
                    "@connection"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "connection",
                    "summary": "Returns the name of the connection.",
                    "since": "2.6.9",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": null,
                    "arguments": null
                }
            },
            {
                "name": "client|getredir",
                "arity": 2,
                "flags": [
                    "noscript",
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@slow",
                    "@connection"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "connection",
                    "summary": "Returns the client ID to which the connection's tracking notifications are redirected.",
                    "since": "6.0.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": null,
                    "arguments": null
                }
            },
            {
                "name": "client|help",
                "arity": 2,
                "flags": [
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@slow",
                    "@connection"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "connection",
                    "summary": "Returns helpful text about the different subcommands.",
                    "since": "5.0.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": null,
                    "arguments": null
                }
            },
            {
                "name": "client|id",
                "arity": 2,
                "flags": [
                    "noscript",
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@slow",
                    "@connection"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "connection",
                    "summary": "Returns the unique client ID of the connection.",
                    "since": "5.0.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": null,
                    "arguments": null
                }
            },
            {
                "name": "client|info",
                "arity": 2,
                "flags": [
                    "noscript",
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@slow",
                    "@connection"
                ],
                "tips": [
                    "nondeterministic_output"
                ],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "connection",
                    "summary": "Returns information about the connection.",
                    "since": "6.2.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": null,
                    "arguments": null
                }
            },
            {
                "name": "client|kill",
                "arity": -3,
                "flags": [
                    "admin",
                    "noscript",
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@admin",
                    "@slow",
                    "@dangerous",
                    "@connection"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "connection",
                    "summary": "Terminates open connections.",
                    "since": "2.4.0",
                    "complexity": "O(N) where N is the number of client connections",
                    "docFlags": [],
                    "history": [
                        [
                            "2.8.12",
                            "Added new filter format."
                        ],
                        [
                            "2.8.12",
                            "`ID` option."
                        ],
                        [
                            "3.2.0",
                            "Added `master` type in for `TYPE` option."
                        ],
                        [
                            "5.0.0",
                            "Replaced `slave` `TYPE` with `replica`. `slave` still supported for backward compatibility."
                        ],
                        [
                            "6.2.0",
                            "`LADDR` option."
                        ]
                    ],
                    "arguments": [
                        {
                            "name": "filter",
                            "type": "oneof",
                            "flags": [],
                            "arguments": [
                                {
                                    "name": "old-format",
                                    "type": "string",
                                    "deprecatedSince": "2.8.12",
                                    "flags": []
                                },
                                {
                                    "name": "new-format",
                                    "type": "oneof",
                                    "flags": [
                                        "multiple"
                                    ],
                                    "arguments": [
                                        {
                                            "name": "client-id",
                                            "type": "integer",
                                            "token": "ID",
                                            "since": "2.8.12",
                                            "flags": [
                                                "optional"
                                            ]
                                        },
                                        {
                                            "name": "client-type",
                                            "type": "oneof",
                                            "token": "TYPE",
                                            "since": "2.8.12",
                                            "flags": [
                                                "optional"
                                            ],
                                            "arguments": [
                                                {
                                                    "name": "normal",
                                                    "type": "pure-token",
                                                    "token": "normal",
                                                    "flags": []
                                                },
                                                {
                                                    "name": "master",
                                                    "type": "pure-token",
                                                    "token": "master",
                                                    "since": "3.2.0",
                                                    "flags": []
                                                },
                                                {
                                                    "name": "slave",
                                                    "type": "pure-token",
                                                    "token": "slave",
                                                    "flags": []
                                                },
                                                {
                                                    "name": "replica",
                                                    "type": "pure-token",
                                                    "token": "replica",
                                                    "since": "5.0.0",
                                                    "flags": []
                                                },
                                                {
                                                    "name": "pubsub",
                                                    "type": "pure-token",
                                                    "token": "pubsub",
                                                    "flags": []
                                                }
                                            ]
                                        },
                                        {
                                            "name": "username",
                                            "type": "string",
                                            "token": "USER",
                                            "flags": [
                                                "optional"
                                            ]
                                        },
                                        {
                                            "name": "addr",
                                            "type": "string",
                                            "token": "ADDR",
                                            "flags": [
                                                "optional"
                                            ]
                                        },
                                        {
                                            "name": "laddr",
                                            "type": "string",
                                            "token": "LADDR",
                                            "since": "6.2.0",
                                            "flags": [
                                                "optional"
                                            ]
                                        },
                                        {
                                            "name": "skipme",
                                            "type": "oneof",
                                            "token": "SKIPME",
                                            "flags": [
                                                "optional"
                                            ],
                                            "arguments": [
                                                {
                                                    "name": "yes",
                                                    "type": "pure-token",
                                                    "token": "YES",
                                                    "flags": []
                                                },
                                                {
                                                    "name": "no",
                                                    "type": "pure-token",
                                                    "token": "NO",
                                                    "flags": []
                                                }
                                            ]
                                        }
                                    ]
                                }
                            ]
                        }
                    ]
                }
            },
            {
                "name": "client|list",
                "arity": -2,
                "flags": [
                    "admin",
                    "noscript",
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@admin",
                    "@slow",
                    "@dangerous",
                    "@connection"
                ],
                "tips": [
                    "nondeterministic_output"
                ],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "connection",
                    "summary": "Lists open connections.",
                    "since": "2.4.0",
                    "complexity": "O(N) where N is the number of client connections",
                    "docFlags": [],
                    "history": [
                        [
                            "2.8.12",
                            "Added unique client `id` field."
                        ],
                        [
                            "5.0.0",
                            "Added optional `TYPE` filter."
                        ],
                        [
                            "6.0.0",
                            "Added `user` field."
                        ],
                        [
                            "6.2.0",
                            "Added `argv-mem`, `tot-mem`, `laddr` and `redir` fields and the optional `ID` filter."
                        ],
                        [
                            "7.0.0",
                            "Added `resp`, `multi-mem`, `rbs` and `rbp` fields."
                        ],
                        [
                            "7.0.3",
                            "Added `ssub` field."
                        ]
                    ],
                    "arguments": [
                        {
                            "name": "client-type",
                            "type": "oneof",
                            "token": "TYPE",
                            "since": "5.0.0",
                            "flags": [
                                "optional"
                            ],
                            "arguments": [
                                {
                                    "name": "normal",
                                    "type": "pure-token",
                                    "token": "normal",
                                    "flags": []
                                },
                                {
                                    "name": "master",
                                    "type": "pure-token",
                                    "token": "master",
                                    "flags": []
                                },
                                {
                                    "name": "replica",
                                    "type": "pure-token",
                                    "token": "replica",
                                    "flags": []
                                },
                                {
                                    "name": "pubsub",
                                    "type": "pure-token",
                                    "token": "pubsub",
                                    "flags": []
                                }
                            ]
                        },
                        {
                            "name": "client-id",
                            "type": "integer",
                            "token": "ID",
                            "since": "6.2.0",
                            "flags": [
                                "optional",
                                "multiple"
                            ]
                        }
                    ]
                }
            },
            {
                "name": "client|no-evict",
                "arity": 3,
                "flags": [
                    "admin",
                    "noscript",
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@admin",
                    "@slow",
                    "@dangerous",
                    "@connection"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "connection",
                    "summary": "Sets the client eviction mode of the connection.",
                    "since": "7.0.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": null,
                    "arguments": [
                        {
                            "name": "enabled",
                            "type": "oneof",
                            "flags": [],
                            "arguments": [
                                {
                                    "name": "on",
                                    "type": "pure-token",
                                    "token": "ON",
                                    "flags": []
                                },
                                {
                                    "name": "off",
                                    "type": "pure-token",
                                    "token": "OFF",
                                    "flags": []
                                }
                            ]
                        }
                    ]
                }
            },
            {
                "name": "client|no-touch",
                "arity": 3,
                "flags": [
                    "noscript",
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@slow",
                    "@connection"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "connection",
                    "summary": "Controls whether commands sent by the client affect the LRU/LFU of accessed keys.",
                    "since": "7.2.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": null,
                    "arguments": [
                        {
                            "name": "enabled",
                            "type": "oneof",
                            "flags": [],
                            "arguments": [
                                {
                                    "name": "on",
                                    "type": "pure-token",
                                    "token": "ON",
                                    "flags": []
                                },
                                {
                                    "name": "off",
                                    "type": "pure-token",
                                    "token": "OFF",
                                    "flags": []
                                }
                            ]
                        }
                    ]
                }
            },
            {
                "name": "client|pause",
                "arity": -3,
                "flags": [
                    "admin",
                    "noscript",
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@admin",
                    "@slow",
                    "@dangerous",
                    "@connection"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "connection",
                    "summary": "Suspends commands processing.",
                    "since": "3.0.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": [
                        [
                            "6.2.0",
                            "`CLIENT PAUSE WRITE` mode added along with the `mode` option."
                        ]
                    ],
                    "arguments": [
                        {
                            "name": "timeout",
                            "type": "integer",
                            "flags": []
                        },
                        {
                            "name": "mode",
                            "type": "oneof",
                            "since": "6.2.0",
                            "flags": [
                                "optional"
                            ],
                            "arguments": [
                                {
                                    "name": "write",
                                    "type": "pure-token",
                                    "token": "WRITE",
                                    "flags": []
                                },
                                {
                                    "name": "all",
                                    "type": "pure-token",
                                    "token": "ALL",
                                    "flags": []
                                }
                            ]
                        }
                    ]
                }
            },
            {
                "name": "client|reply",
                "arity": 3,
                "flags": [
                    "noscript",
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@slow",
                    "@connection"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "connection",
                    "summary": "Instructs the server whether to reply to commands.",
                    "since": "3.2.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": null,
                    "arguments": [
                        {
                            "name": "action",
                            "type": "oneof",
                            "flags": [],
                            "arguments": [
                                {
                                    "name": "on",
                                    "type": "pure-token",
                                    "token": "ON",
                                    "flags": []
                                },
                                {
                                    "name": "off",
                                    "type": "pure-token",
                                    "token": "OFF",
                                    "flags": []
                                },
                                {
                                    "name": "skip",
                                    "type": "pure-token",
                                    "token": "SKIP",
                                    "flags": []
                                }
                            ]
                        }
                    ]
                }
            },
            {
                "name": "client|setinfo",
                "arity": 4,
                "flags": [
                    "noscript",
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@slow",
                    "@connection"
                ],
                "tips": [
                    "request_policy:all_nodes",
                    "response_policy:all_succeeded"
                ],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "connection",
                    "summary": "Sets information specific to the client or connection.",
                    "since": "7.2.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": null,
                    "arguments": [
                        {
                            "name": "attr",
                            "type": "oneof",
                            "flags": [],
                            "arguments": [
                                {
                                    "name": "libname",
                                    "type": "string",
                                    "token": "lib-name",
                                    "flags": []
                                },
                                {
                                    "name": "libver",
                                    "type": "string",
                                    "token": "lib-ver",
                                    "flags": []
                                }
                            ]
                        }
                    ]
                }
            },
            {
                "name": "client|setname",
                "arity": 3,
                "flags": [
                    "noscript",
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@slow",
                    "@connection"
                ],
                "tips": [
                    "request_policy:all_nodes",
                    "response_policy:all_succeeded"
                ],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "connection",
                    "summary": "Sets the connection name.",
                    "since": "2.6.9",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": null,
                    "arguments": [
                        {
                            "name": "connection-name",
                            "type": "string",
                            "flags": []
                        }
                    ]
                }
            },
            {
                "name": "client|tracking",
                "arity": -3,
                "flags": [
                    "noscript",
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@slow",
                    "@connection"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "connection",
                    "summary": "Controls server-assisted client-side caching for the connection.",
                    "since": "6.0.0",
                    "complexity": "O(1). Some options may introduce additional complexity.",
                    "docFlags": [],
                    "history": null,
                    "arguments": [
                        {
                            "name": "status",
                            "type": "oneof",
                            "flags": [],
                            "arguments": [
                                {
                                    "name": "on",
                                    "type": "pure-token",
                                    "token": "ON",
                                    "flags": []
                                },
                                {
                                    "name": "off",
                                    "type": "pure-token",
                                    "token": "OFF",
                                    "flags": []
                                }
                            ]
                        },
                        {
                            "name": "client-id",
                            "type": "integer",
                            "token": "REDIRECT",
                            "flags": [
                                "optional"
                            ]
                        },
                        {
                            "name": "prefix",
                            "type": "string",
                            "token": "PREFIX",
                            "flags": [
                                "optional",
                                "multiple",
                                "multiple_token"
                            ]
                        },
                        {
                            "name": "BCAST",
                            "type": "pure-token",
                            "token": "BCAST",
                            "flags": [
                                "optional"
                            ]
                        },
                        {
                            "name": "OPTIN",
                            "type": "pure-token",
                            "token": "OPTIN",
                            "flags": [
                                "optional"
                            ]
                        },
                        {
                            "name": "OPTOUT",
                            "type": "pure-token",
                            "token": "OPTOUT",
                            "flags": [
                                "optional"
                            ]
                        },
                        {
                            "name": "NOLOOP",
                            "type": "pure-token",
                            "token": "NOLOOP",
                            "flags": [
                                "optional"
                            ]
                        }
                    ]
                }
            },
            {
                "name": "client|trackinginfo",
                "arity": 2,
                "flags": [
                    "noscript",
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@slow",
                    "@connection"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "connection",
                    "summary": "Returns information about server-assisted client-side caching for the connection.",
                    "since": "6.2.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": null,
                    "arguments": null
                }
            },
            {
                "name": "client|unblock",
                "arity": -3,
                "flags": [
                    "admin",
                    "noscript",
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@admin",
                    "@slow",
                    "@dangerous",
                    "@connection"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "connection",
                    "summary": "Unblocks a client blocked by a blocking command from a different connection.",
                    "since": "5.0.0",
                    "complexity": "O(log N) where N is the number of client connections",
                    "docFlags": [],
                    "history": null,
                    "arguments": [
                        {
                            "name": "client-id",
                            "type": "integer",
                            "flags": []
                        },
                        {
                            "name": "unblock-type",
                            "type": "oneof",
                            "flags": [
                                "optional"
                            ],
                            "arguments": [
                                {
                                    "name": "timeout",
                                    "type": "pure-token",
                                    "token": "TIMEOUT",
                                    "flags": []
                                },
                                {
                                    "name": "error",
                                    "type": "pure-token",
                                    "token": "ERROR",
                                    "flags": []
                                }
                            ]
                        }
                    ]
                }
            },
            {
                "name": "client|unpause",
                "arity": 2,
                "flags": [
                    "admin",
                    "noscript",
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@admin",
                    "@slow",
                    "@dangerous",
                    "@connection"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "connection",
                    "summary": "Resumes processing commands from paused clients.",
                    "since": "6.2.0",
                    "complexity": "O(N) Where N is the number of paused clients",
                    "docFlags": [],
                    "history": null,
                    "arguments": null
                }
            }
        ],
        "docs": {
            "group": "connection",
            "summary": "A container for client connection commands.",
            "since": "2.4.0",
            "complexity": "Depends on subcommand.",
            "docFlags": [],
            "history": null,
            "arguments": null
        }
    },
    {
        "name": "command",
        "arity": -1,
        "flags": [
            "loading",
            "stale"
        ],
        "firstKey": 0,
        "lastKey": 0,
        "step": 0,
        "aclCategories": [
            "@slow",
            "@connection"
        ],
        "tips": [
            "nondeterministic_output_order"
        ],
        "keySpecs": [],
        "subcommands": [
            {
                "name": "command|count",
                "arity": 2,
                "flags": [
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@slow",
                    "@connection"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "server",
                    "summary": "Returns a count of commands.",
                    "since": "2.8.13",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": null,
                    "arguments": null
                }
            },
            {
                "name": "command|docs",
                "arity": -2,
                "flags": [
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@slow",
                    "@connection"
                ],
                "tips": [
                    "nondeterministic_output_order"
                ],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "server",
                    "summary": "Returns documentary information about one, multiple or all commands.",
                    "since": "7.0.0",
                    "complexity": "O(N) where N is the number of commands to look up",
                    "docFlags": [],
                    "history": null,
                    "arguments": [
                        {
                            "name": "command-name",
                            "type": "string",
                            "flags": [
                                "optional",
                                "multiple"
                            ]
                        }
                    ]
                }
            },
            {
                "name": "command|getkeys",
                "arity": -3,
                "flags": [
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@slow",
                    "@connection"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "server",
                    "summary": "Extracts the key names from an arbitrary command.",
                    "since": "2.8.13",
                    "complexity": "O(N) where N is the number of arguments to the command",
                    "docFlags": [],
                    "history": null,
                    "arguments": [
                        {
                            "name": "command",
                            "type": "string",
                            "flags": []
                        },
                        {
                            "name": "arg",
                            "type": "string",
                            "flags": [
                                "optional",
                                "multiple"
                            ]
                        }
                    ]
                }
            },
            {
                "name": "command|getkeysandflags",
                "arity": -3,
                "flags": [
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@slow",
                    "@connection"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "server",
                    "summary": "Extracts the key names and access flags for an arbitrary command.",
                    "since": "7.0.0",
                    "complexity": "O(N) where N is the number of arguments to the command",
                    "docFlags": [],
                    "history": null,
                    "arguments": [
                        {
                            "name": "command",
                            "type": "string",
                            "flags": []
                        },
                        {
                            "name": "arg",
                            "type": "string",
                            "flags": [
                                "optional",
                                "multiple"
                            ]
                        }
                    ]
                }
            },
            {
                "name": "command|help",
                "arity": 2,
                "flags": [
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@slow",
                    "@connection"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "server",
                    "summary": "Returns helpful text about the different subcommands.",
                    "since": "5.0.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": null,
                    "arguments": null
                }
            },
            {
                "name": "command|info",
                "arity": -2,
                "flags": [
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@slow",
                    "@connection"
                ],
                "tips": [
                    "nondeterministic_output_order"
                ],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "server",
                    "summary": "Returns information about one, multiple or all commands.",
                    "since": "2.8.13",
                    "complexity": "O(N) where N is the number of commands to look up",
                    "docFlags": [],
                    "history": [
                        [
                            "7.0.0",
                            "Allowed to be called with no argument to get info on all commands."
                        ]
                    ],
                    "arguments": [
                        {
                            "name": "command-name",
                            "type": "string",
                            "flags": [
                                "optional",
                                "multiple"
                            ]
                        }
                    ]
                }
            },
            {
                "name": "command|list",
                "arity": -2,
                "flags": [
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@slow",
                    "@connection"
                ],
                "tips": [
                    "nondeterministic_output_order"
                ],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "server",
                    "summary": "Returns a list of command names.",
                    "since": "7.0.0",
                    "complexity": "O(N) where N is the total number of Redis commands",
                    "docFlags": [],
                    "history": null,
                    "arguments": [
                        {
                            "name": "filterby",
                            "type": "oneof",
                            "token": "FILTERBY",
                            "flags": [
                                "optional"
                            ],
                            "arguments": [
                                {
                                    "name": "module-name",
                                    "type": "string",
                                    "token": "MODULE",
                                    "flags": []
                                },
                                {
                                    "name": "category",
                                    "type": "string",
                                    "token": "ACLCAT",
                                    "flags": []
                                },
                                {
                                    "name": "pattern",
                                    "type": "pattern",
                                    "token": "PATTERN",
                                    "flags": []
                                }
                            ]
                        }
                    ]
                }
            }
        ],
        "docs": {
            "group": "server",
            "summary": "Returns detailed information about all commands.",
            "since": "2.8.13",
            "complexity": "O(N) where N is the total number of Redis commands",
            "docFlags": [],
            "history": null,
            "arguments": null
        }
    },
    {
        "name": "del",
        "arity": -2,
        "flags": [
            "write"
        ],
        "firstKey": 1,
        "lastKey": -1,
        "step": 1,
        "aclCategories": [
            "@keyspace",
            "@write",
            "@slow"
        ],
        "tips": [
            "request_policy:multi_shard",
            "response_policy:agg_sum"
        ],
        "keySpecs": [
            {
                "flags": [
                    "RM",
                    "delete"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": -1,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "generic",
            "summary": "Deletes one or more keys.",
            "since": "1.0.0",
            "complexity": "O(N) where N is the number of keys that will be removed. When a key to remove holds a value other than a string, the individual complexity for this key is O(M) where M is the number of elements in the list, set, sorted set or hash. Removing a single key that holds a string value is O(1).",
            "docFlags": [],
            "history": null,
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": [
                        "multiple"
                    ]
                }
            ]
        }
    },
    {
        "name": "echo",
        "arity": 2,
        "flags": [
            "loading",
            "stale",
            "fast"
        ],
        "firstKey": 0,
        "lastKey": 0,
        "step": 0,
        "aclCategories": [
            "@fast",
            "@connection"
        ],
        "tips": [],
        "keySpecs": [],
        "subcommands": [],
        "docs": {
            "group": "connection",
            "summary": "Returns the given string.",
            "since": "1.0.0",
            "complexity": "O(1)",
            "docFlags": [],
            "history": null,
            "arguments": [
                {
                    "name": "message",
                    "type": "string",
                    "flags": []
                }
            ]
        }
    },
    {
        "name": "exists",
        "arity": -2,
        "flags": [
            "readonly",
            "fast"
        ],
        "firstKey": 1,
        "lastKey": -1,
        "step": 1,
        "aclCategories": [
            "@keyspace",
            "@read",
            "@fast"
        ],
        "tips": [
            "request_policy:multi_shard",
            "response_policy:agg_sum"
        ],
        "keySpecs": [
            {
                "flags": [
                    "RO"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": -1,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "generic",
            "summary": "Determines whether one or more keys exist.",
            "since": "1.0.0",
            "complexity": "O(N) where N is the number of keys to check.",
            "docFlags": [],
            "history": [
                [
                    "3.0.3",
                    "Accepts multiple `key` arguments."
                ]
            ],
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": [
                        "multiple"
                    ]
                }
            ]
        }
    },
    {
        "name": "expire",
        "arity": -3,
        "flags": [
            "write",
            "fast"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@keyspace",
            "@write",
            "@fast"
        ],
        "tips": [],
        "keySpecs": [
            {
                "flags": [
                    "RW",
                    "update"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "generic",
            "summary": "Sets the expiration time of a key in seconds.",
            "since": "1.0.0",
            "complexity": "O(1)",
            "docFlags": [],
            "history": [
                [
                    "7.0.0",
                    "Added options: `NX`, `XX`, `GT` and `LT`."
                ]
            ],
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                },
                {
                    "name": "seconds",
                    "type": "integer",
                    "flags": []
                },
                {
                    "name": "condition",
                    "type": "oneof",
                    "since": "7.0.0",
                    "flags": [
                        "optional"
                    ],
                    "arguments": [
                        {
                            "name": "nx",
                            "type": "pure-token",
                            "token": "NX",
                            "flags": []
                        },
                        {
                            "name": "xx",
                            "type": "pure-token",
                            "token": "XX",
                            "flags": []
                        },
                        {
                            "name": "gt",
                            "type": "pure-token",
                            "token": "GT",
                            "flags": []
                        },
                        {
                            "name": "lt",
                            "type": "pure-token",
                            "token": "LT",
                            "flags": []
                        }
                    ]
                }
            ]
        }
    },
    {
        "name": "expireat",
        "arity": -3,
        "flags": [
            "write",
            "fast"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@keyspace",
            "@write",
            "@fast"
        ],
        "tips": [],
        "keySpecs": [
            {
                "flags": [
                    "RW",
                    "update"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "generic",
            "summary": "Set the expiration for a key as a UNIX timestamp",
            "since": "1.2.0",
            "complexity": "O(1)",
            "docFlags": [],
            "history": [
                [
                    "7.0.0",
                    "Added options: `NX`, `XX`, `GT` and `LT`."
                ]
            ],
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                },
                {
                    "name": "unix-time-seconds",
                    "type": "unix-time",
                    "flags": []
                },
                {
                    "name": "condition",
                    "type": "oneof",
                    "since": "7.0.0",
                    "flags": [
                        "optional"
                    ],
                    "arguments": [
                        {
                            "name": "nx",
                            "type": "pure-token",
                            "token": "NX",
                            "flags": []
                        },
                        {
                            "name": "xx",
                            "type": "pure-token",
                            "token": "XX",
                            "flags": []
                        },
                        {
                            "name": "gt",
                            "type": "pure-token",
                            "token": "GT",
                            "flags": []
                        },
                        {
                            "name": "lt",
                            "type": "pure-token",
                            "token": "LT",
                            "flags": []
                        }
                    ]
                }
            ]
        }
    },
    {
        "name": "expiretime",
        "arity": 2,
        "flags": [
            "readonly",
            "fast"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@keyspace",
            "@read",
            "@fast"
        ],
        "tips": [],
        "keySpecs": [
            {
                "flags": [
                    "RO",
                    "access"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "generic",
            "summary": "Get the expiration Unix timestamp for a key",
            "since": "7.0.0",
            "complexity": "O(1)",
            "docFlags": [],
            "history": null,
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                }
            ]
        }
    },
    {
        "name": "hello",
        "arity": -1,
        "flags": [
            "noscript",
            "loading",
            "stale",
            "fast",
            "no_auth",
            "allow_busy"
        ],
        "firstKey": 0,
        "lastKey": 0,
        "step": 0,
        "aclCategories": [
            "@fast",
            "@connection"
        ],
        "tips": [],
        "keySpecs": [],
        "subcommands": [],
        "docs": {
            "group": "connection",
            "summary": "Handshakes with the Redis server.",
            "since": "6.0.0",
            "complexity": "O(1)",
            "docFlags": [],
            "history": [
                [
                    "6.2.0",
                    "`protover` made optional; when called without arguments the command reports the current connection's context."
                ]
            ],
            "arguments": [
                {
                    "name": "arguments",
                    "type": "block",
                    "flags": [
                        "optional"
                    ],
                    "arguments": [
                        {
                            "name": "protover",
                            "type": "integer",
                            "flags": []
                        },
                        {
                            "name": "auth",
                            "type": "block",
                            "token": "AUTH",
                            "flags": [
                                "optional"
                            ],
                            "arguments": [
                                {
                                    "name": "username",
                                    "type": "string",
                                    "flags": []
                                },
                                {
                                    "name": "password",
                                    "type": "string",
                                    "flags": []
                                }
                            ]
                        },
                        {
                            "name": "clientname",
                            "type": "string",
                            "token": "SETNAME",
                            "flags": [
                                "optional"
                            ]
                        }
                    ]
                }
            ]
        }
    },
    {
        "name": "info",
        "arity": -1,
        "flags": [
            "loading",
            "stale"
        ],
        "firstKey": 0,
        "lastKey": 0,
        "step": 0,
        "aclCategories": [
            "@slow",
            "@dangerous"
        ],
        "tips": [
            "nondeterministic_output",
            "request_policy:all_shards",
            "response_policy:special"
        ],
        "keySpecs": [],
        "subcommands": [],
        "docs": {
            "group": "server",
            "summary": "Returns information and statistics about the server.",
            "since": "1.0.0",
            "complexity": "O(1)",
            "docFlags": [],
            "history": [
                [
                    "7.0.0",
                    "Added support for taking multiple section arguments."
                ]
            ],
            "arguments": [
                {
                    "name": "section",
                    "type": "string",
                    "flags": [
                        "optional",
                        "multiple"
                    ]
                }
            ]
        }
    },
    {
        "name": "keys",
        "arity": 2,
        "flags": [
            "readonly"
        ],
        "firstKey": 0,
        "lastKey": 0,
        "step": 0,
        "aclCategories": [
            "@keyspace",
            "@read",
            "@slow",
            "@dangerous"
        ],
        "tips": [
            "request_policy:all_shards",
            "nondeterministic_output_order"
        ],
        "keySpecs": [],
        "subcommands": [],
        "docs": {
            "group": "generic",
            "summary": "Returns all key names that match a pattern.",
            "since": "1.0.0",
            "complexity": "O(N) with N being the number of keys in the database, under the assumption that the key names in the database and the given pattern have limited length.",
            "docFlags": [],
            "history": null,
            "arguments": [
                {
                    "name": "pattern",
                    "type": "pattern",
                    "flags": []
                }
            ]
        }
    },
    {
        "name": "persist",
        "arity": 2,
        "flags": [
            "write",
            "fast"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@keyspace",
            "@write",
            "@fast"
        ],
        "tips": [],
        "keySpecs": [
            {
                "flags": [
                    "RW",
                    "update"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "generic",
            "summary": "Removes the expiration time of a key.",
            "since": "2.2.0",
            "complexity": "O(1)",
            "docFlags": [],
            "history": null,
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                }
            ]
        }
    },
    {
        "name": "pexpire",
        "arity": -3,
        "flags": [
            "write",
            "fast"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@keyspace",
            "@write",
            "@fast"
        ],
        "tips": [],
        "keySpecs": [
            {
                "flags": [
                    "RW",
                    "update"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "generic",
            "summary": "Set a key's time to live in milliseconds",
            "since": "2.6.0",
            "complexity": "O(1)",
            "docFlags": [],
            "history": [
                [
                    "7.0.0",
                    "Added options: `NX`, `XX`, `GT` and `LT`."
                ]
            ],
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                },
                {
                    "name": "milliseconds",
                    "type": "integer",
                    "flags": []
                },
                {
                    "name": "condition",
                    "type": "oneof",
                    "since": "7.0.0",
                    "flags": [
                        "optional"
                    ],
                    "arguments": [
                        {
                            "name": "nx",
                            "type": "pure-token",
                            "token": "NX",
                            "flags": []
                        },
                        {
                            "name": "xx",
                            "type": "pure-token",
                            "token": "XX",
                            "flags": []
                        },
                        {
                            "name": "gt",
                            "type": "pure-token",
                            "token": "GT",
                            "flags": []
                        },
                        {
                            "name": "lt",
                            "type": "pure-token",
                            "token": "LT",
                            "flags": []
                        }
                    ]
                }
            ]
        }
    },
    {
        "name": "pexpireat",
        "arity": -3,
        "flags": [
            "write",
            "fast"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@keyspace",
            "@write",
            "@fast"
        ],
        "tips": [],
        "keySpecs": [
            {
                "flags": [
                    "RW",
                    "update"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "generic",
            "summary": "Set the expiration for a key as a UNIX timestamp specified in milliseconds",
            "since": "2.6.0",
            "complexity": "O(1)",
            "docFlags": [],
            "history": [
                [
                    "7.0.0",
                    "Added options: `NX`, `XX`, `GT` and `LT`."
                ]
            ],
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                },
                {
                    "name": "unix-time-milliseconds",
                    "type": "unix-time",
                    "flags": []
                },
                {
                    "name": "condition",
                    "type": "oneof",
                    "since": "7.0.0",
                    "flags": [
                        "optional"
                    ],
                    "arguments": [
                        {
                            "name": "nx",
                            "type": "pure-token",
                            "token": "NX",
                            "flags": []
                        },
                        {
                            "name": "xx",
                            "type": "pure-token",
                            "token": "XX",
                            "flags": []
                        },
                        {
                            "name": "gt",
                            "type": "pure-token",
                            "token": "GT",
                            "flags": []
                        },
                        {
                            "name": "lt",
                            "type": "pure-token",
                            "token": "LT",
                            "flags": []
                        }
                    ]
                }
            ]
        }
    },
    {
        "name": "pexpiretime",
        "arity": 2,
        "flags": [
            "readonly",
            "fast"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@keyspace",
            "@read",
            "@fast"
        ],
        "tips": [],
        "keySpecs": [
            {
                "flags": [
                    "RO",
                    "access"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "generic",
            "summary": "Get the expiration Unix timestamp for a key in milliseconds",
            "since": "7.0.0",
            "complexity": "O(1)",
            "docFlags": [],
            "history": null,
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                }
            ]
        }
    },
    {
        "name": "ping",
        "arity": -1,
        "flags": [
            "fast"
        ],
        "firstKey": 0,
        "lastKey": 0,
        "step": 0,
        "aclCategories": [
            "@fast",
            "@connection"
        ],
        "tips": [
            "request_policy:all_shards",
            "response_policy:all_succeeded"
        ],
        "keySpecs": [],
        "subcommands": [],
        "docs": {
            "group": "connection",
            "summary": "Returns the server's liveliness response.",
            "since": "1.0.0",
            "complexity": "O(1)",
            "docFlags": [],
            "history": null,
            "arguments": [
                {
                    "name": "message",
                    "type": "string",
                    "flags": [
                        "optional"
                    ]
                }
            ]
        }
    },
    {
        "name": "pttl",
        "arity": 2,
        "flags": [
            "readonly",
            "fast"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@keyspace",
            "@read",
            "@fast"
        ],
        "tips": [
            "nondeterministic_output"
        ],
        "keySpecs": [
            {
                "flags": [
                    "RO",
                    "access"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "generic",
            "summary": "Get the time to live for a key in milliseconds",
            "since": "2.6.0",
            "complexity": "O(1)",
            "docFlags": [],
            "history": [
                [
                    "2.8.0",
                    "Added the -2 reply."
                ]
            ],
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                }
            ]
        }
    },
    {
        "name": "quit",
        "arity": -1,
        "flags": [
            "noscript",
            "loading",
            "stale",
            "fast",
            "no_auth",
            "allow_busy"
        ],
        "firstKey": 0,
        "lastKey": 0,
        "step": 0,
        "aclCategories": [
            "@fast",
            "@connection"
        ],
        "tips": [],
        "keySpecs": [],
        "subcommands": [],
        "docs": {
            "group": "connection",
            "summary": "Closes the connection.",
            "since": "1.0.0",
            "complexity": "O(1)",
            "docFlags": [
                "deprecated"
            ],
            "deprecatedSince": "7.2.0",
            "replacedBy": "just closing the connection",
            "history": null,
            "arguments": null
        }
    },
    {
        "name": "reset",
        "arity": 1,
        "flags": [
            "noscript",
            "loading",
            "stale",
            "fast",
            "no_auth",
            "allow_busy"
        ],
        "firstKey": 0,
        "lastKey": 0,
        "step": 0,
        "aclCategories": [
            "@fast",
            "@connection"
        ],
        "tips": [],
        "keySpecs": [],
        "subcommands": [],
        "docs": {
            "group": "connection",
            "summary": "Resets the connection.",
            "since": "6.2.0",
            "complexity": "O(1)",
            "docFlags": [],
            "history": null,
            "arguments": null
        }
    },
    {
        "name": "scan",
        "arity": -2,
        "flags": [
            "readonly"
        ],
        "firstKey": 0,
        "lastKey": 0,
        "step": 0,
        "aclCategories": [
            "@keyspace",
            "@read",
            "@slow"
        ],
        "tips": [
            "nondeterministic_output",
            "request_policy:special",
            "response_policy:special"
        ],
        "keySpecs": [],
        "subcommands": [],
        "docs": {
            "group": "generic",
            "summary": "Iterates over the key names in the database.",
            "since": "2.8.0",
            "complexity": "O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection.",
            "docFlags": [],
            "history": [
                [
                    "6.0.0",
                    "Added the `TYPE` subcommand."
                ]
            ],
            "arguments": [
                {
                    "name": "cursor",
                    "type": "integer",
                    "flags": []
                },
                {
                    "name": "pattern",
                    "type": "pattern",
                    "token": "MATCH",
                    "flags": [
                        "optional"
                    ]
                },
                {
                    "name": "count",
                    "type": "integer",
                    "token": "COUNT",
                    "flags": [
                        "optional"
                    ]
                },
                {
                    "name": "type",
                    "type": "string",
                    "token": "TYPE",
                    "since": "6.0.0",
                    "flags": [
                        "optional"
                    ]
                }
            ]
        }
    },
    {
        "name": "select",
        "arity": 2,
        "flags": [
            "loading",
            "stale",
            "fast"
        ],
        "firstKey": 0,
        "lastKey": 0,
        "step": 0,
        "aclCategories": [
            "@fast",
            "@connection"
        ],
        "tips": [],
        "keySpecs": [],
        "subcommands": [],
        "docs": {
            "group": "connection",
            "summary": "Changes the selected database.",
            "since": "1.0.0",
            "complexity": "O(1)",
            "docFlags": [],
            "history": null,
            "arguments": [
                {
                    "name": "index",
                    "type": "integer",
                    "flags": []
                }
            ]
        }
    },
    {
        "name": "ttl",
        "arity": 2,
        "flags": [
            "readonly",
            "fast"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@keyspace",
            "@read",
            "@fast"
        ],
        "tips": [
            "nondeterministic_output"
        ],
        "keySpecs": [
            {
                "flags": [
                    "RO",
                    "access"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "generic",
            "summary": "Returns the expiration time in seconds of a key.",
            "since": "1.0.0",
            "complexity": "O(1)",
            "docFlags": [],
            "history": [
                [
                    "2.8.0",
                    "Added the -2 reply."
                ]
            ],
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                }
            ]
        }
    },
    {
        "name": "type",
        "arity": 2,
        "flags": [
            "readonly",
            "fast"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@keyspace",
            "@read",
            "@fast"
        ],
        "tips": [],
        "keySpecs": [
            {
                "flags": [
                    "RO"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "generic",
            "summary": "Determines the type of value stored at a key.",
            "since": "1.0.0",
            "complexity": "O(1)",
            "docFlags": [],
            "history": null,
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                }
            ]
        }
    },
    {
        "name": "unlink",
        "arity": -2,
        "flags": [
            "write",
            "fast"
        ],
        "firstKey": 1,
        "lastKey": -1,
        "step": 1,
        "aclCategories": [
            "@keyspace",
            "@write",
            "@fast"
        ],
        "tips": [
            "request_policy:multi_shard",
            "response_policy:agg_sum"
        ],
        "keySpecs": [
            {
                "flags": [
                    "RM",
                    "delete"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": -1,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "generic",
            "summary": "Asynchronously deletes one or more keys.",
            "since": "4.0.0",
            "complexity": "O(1) for each key removed regardless of its size. Then the command does O(N) work in a different thread in order to reclaim memory, where N is the number of allocations the deleted objects where composed of.",
            "docFlags": [],
            "history": null,
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": [
                        "multiple"
                    ]
                }
            ]
        }
    },
    {
        "name": "xack",
        "arity": -4,
        "flags": [
            "write",
            "fast"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@write",
            "@stream",
            "@fast"
        ],
        "tips": [],
        "keySpecs": [
            {
                "flags": [
                    "RW",
                    "update"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "stream",
            "summary": "Returns the number of messages that were successfully acknowledged by the consumer group member of a stream.",
            "since": "5.0.0",
            "complexity": "O(1) for each message ID processed.",
            "docFlags": [],
            "history": null,
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                },
                {
                    "name": "group",
                    "type": "string",
                    "flags": []
                },
                {
                    "name": "ID",
                    "type": "string",
                    "flags": [
                        "multiple"
                    ]
                }
            ]
        }
    },
    {
        "name": "xadd",
        "arity": -5,
        "flags": [
            "write",
            "denyoom",
            "fast"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@write",
            "@stream",
            "@fast"
        ],
        "tips": [
            "nondeterministic_output"
        ],
        "keySpecs": [
            {
                "flags": [
                    "RW",
                    "update"
                ],
                "notes": "UPDATE instead of INSERT because of the optional trimming feature",
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "stream",
            "summary": "Appends a new message to a stream. Creates the key if it doesn't exist.",
            "since": "5.0.0",
            "complexity": "O(1) when adding a new entry, O(N) when trimming where N being the number of entries evicted.",
            "docFlags": [],
            "history": [
                [
                    "6.2.0",
                    "Added the `NOMKSTREAM` option, `MINID` trimming strategy and the `LIMIT` option."
                ],
                [
                    "7.0.0",
                    "Added support for the `<ms>-*` explicit ID form."
                ]
            ],
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                },
                {
                    "name": "nomkstream",
                    "type": "pure-token",
                    "token": "NOMKSTREAM",
                    "since": "6.2.0",
                    "flags": [
                        "optional"
                    ]
                },
                {
                    "name": "trim",
                    "type": "block",
                    "flags": [
                        "optional"
                    ],
                    "arguments": [
                        {
                            "name": "strategy",
                            "type": "oneof",
                            "flags": [],
                            "arguments": [
                                {
                                    "name": "maxlen",
                                    "type": "pure-token",
                                    "token": "MAXLEN",
                                    "flags": []
                                },
                                {
                                    "name": "minid",
                                    "type": "pure-token",
                                    "token": "MINID",
                                    "since": "6.2.0",
                                    "flags": []
                                }
                            ]
                        },
                        {
                            "name": "operator",
                            "type": "oneof",
                            "flags": [
                                "optional"
                            ],
                            "arguments": [
                                {
                                    "name": "equal",
                                    "type": "pure-token",
                                    "token": "=",
                                    "flags": []
                                },
                                {
                                    "name": "approximately",
                                    "type": "pure-token",
                                    "token": "~",
                                    "flags": []
                                }
                            ]
                        },
                        {
                            "name": "threshold",
                            "type": "string",
                            "flags": []
                        },
                        {
                            "name": "count",
                            "type": "integer",
                            "token": "LIMIT",
                            "since": "6.2.0",
                            "flags": [
                                "optional"
                            ]
                        }
                    ]
                },
                {
                    "name": "id-selector",
                    "type": "oneof",
                    "flags": [],
                    "arguments": [
                        {
                            "name": "auto-id",
                            "type": "pure-token",
                            "token": "*",
                            "flags": []
                        },
                        {
                            "name": "id",
                            "type": "string",
                            "flags": []
                        }
                    ]
                },
                {
                    "name": "data",
                    "type": "block",
                    "flags": [
                        "multiple"
                    ],
                    "arguments": [
                        {
                            "name": "field",
                            "type": "string",
                            "flags": []
                        },
                        {
                            "name": "value",
                            "type": "string",
                            "flags": []
                        }
                    ]
                }
            ]
        }
    },
    {
        "name": "xautoclaim",
        "arity": -6,
        "flags": [
            "write",
            "fast"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@write",
            "@stream",
            "@fast"
        ],
        "tips": [
            "nondeterministic_output"
        ],
        "keySpecs": [
            {
                "flags": [
                    "RW",
                    "delete"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "stream",
            "summary": "Changes, or acquires, ownership of messages in a consumer group, as if the messages were delivered to as consumer group member.",
            "since": "6.2.0",
            "complexity": "O(1) if COUNT is small.",
            "docFlags": [],
            "history": [
                [
                    "7.0.0",
                    "Added an element to the reply array, containing deleted entries the command cleared from the PEL"
                ]
            ],
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                },
                {
                    "name": "group",
                    "type": "string",
                    "flags": []
                },
                {
                    "name": "consumer",
                    "type": "string",
                    "flags": []
                },
                {
                    "name": "min-idle-time",
                    "type": "string",
                    "flags": []
                },
                {
                    "name": "start",
                    "type": "string",
                    "flags": []
                },
                {
                    "name": "count",
                    "type": "integer",
                    "token": "COUNT",
                    "flags": [
                        "optional"
                    ]
                },
                {
                    "name": "justid",
                    "type": "pure-token",
                    "token": "JUSTID",
                    "flags": [
                        "optional"
                    ]
                }
            ]
        }
    },
    {
        "name": "xclaim",
        "arity": -6,
        "flags": [
            "write",
            "fast"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@write",
            "@stream",
            "@fast"
        ],
        "tips": [
            "nondeterministic_output"
        ],
        "keySpecs": [
            {
                "flags": [
                    "RW",
                    "update"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "stream",
            "summary": "Changes, or acquires, ownership of a message in a consumer group, as if the message was delivered a consumer group member.",
            "since": "5.0.0",
            "complexity": "O(log N) with N being the number of messages in the PEL of the consumer group.",
            "docFlags": [],
            "history": null,
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                },
                {
                    "name": "group",
                    "type": "string",
                    "flags": []
                },
                {
                    "name": "consumer",
                    "type": "string",
                    "flags": []
                },
                {
                    "name": "min-idle-time",
                    "type": "string",
                    "flags": []
                },
                {
                    "name": "ID",
                    "type": "string",
                    "flags": [
                        "multiple"
                    ]
                },
                {
                    "name": "ms",
                    "type": "integer",
                    "token": "IDLE",
                    "flags": [
                        "optional"
                    ]
                },
                {
                    "name": "unix-time-milliseconds",
                    "type": "unix-time",
                    "token": "TIME",
                    "flags": [
                        "optional"
                    ]
                },
                {
                    "name": "count",
                    "type": "integer",
                    "token": "RETRYCOUNT",
                    "flags": [
                        "optional"
                    ]
                },
                {
                    "name": "force",
                    "type": "pure-token",
                    "token": "FORCE",
                    "flags": [
                        "optional"
                    ]
                },
                {
                    "name": "justid",
                    "type": "pure-token",
                    "token": "JUSTID",
                    "flags": [
                        "optional"
                    ]
                },
                {
                    "name": "lastid",
                    "type": "string",
                    "token": "LASTID",
                    "flags": [
                        "optional"
                    ]
                }
            ]
        }
    },
    {
        "name": "xdel",
        "arity": -3,
        "flags": [
            "write",
            "fast"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@write",
            "@stream",
            "@fast"
        ],
        "tips": [],
        "keySpecs": [
            {
                "flags": [
                    "RW",
                    "delete"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "stream",
            "summary": "Returns the number of messages after removing them from a stream.",
            "since": "5.0.0",
            "complexity": "O(1) for each single item to delete in the stream, regardless of the stream size.",
            "docFlags": [],
            "history": null,
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                },
                {
                    "name": "ID",
                    "type": "string",
                    "flags": [
                        "multiple"
                    ]
                }
            ]
        }
    },
    {
        "name": "xgroup",
        "arity": -2,
        "flags": [],
        "firstKey": 0,
        "lastKey": 0,
        "step": 0,
        "aclCategories": [
            "@slow"
        ],
        "tips": [],
        "keySpecs": [],
        "subcommands": [
            {
                "name": "xgroup|create",
                "arity": -5,
                "flags": [
                    "write",
                    "denyoom"
                ],
                "firstKey": 2,
                "lastKey": 2,
                "step": 1,
                "aclCategories": [
                    "@write",
                    "@stream",
                    "@slow"
                ],
                "tips": [],
                "keySpecs": [
                    {
                        "flags": [
                            "RW",
                            "insert"
                        ],
                        "beginSearch": {
                            "type": "index",
                            "index": 2
                        },
                        "findKeys": {
                            "type": "range",
                            "lastkey": 0,
                            "keystep": 1,
                            "limit": 0
                        }
                    }
                ],
                "subcommands": [],
                "docs": {
                    "group": "stream",
                    "summary": "Creates a consumer group.",
                    "since": "5.0.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": [
                        [
                            "7.0.0",
                            "Added the `entries_read` named argument."
                        ]
                    ],
                    "arguments": [
                        {
                            "name": "key",
                            "type": "key",
                            "keySpecIndex": 0,
                            "flags": []
                        },
                        {
                            "name": "group",
                            "type": "string",
                            "flags": []
                        },
                        {
                            "name": "id-selector",
                            "type": "oneof",
                            "flags": [],
                            "arguments": [
                                {
                                    "name": "id",
                                    "type": "string",
                                    "flags": []
                                },
                                {
                                    "name": "new-id",
                                    "type": "pure-token",
                                    "token": "$",
                                    "flags": []
                                }
                            ]
                        },
                        {
                            "name": "mkstream",
                            "type": "pure-token",
                            "token": "MKSTREAM",
                            "flags": [
                                "optional"
                            ]
                        },
                        {
                            "name": "entries-read",
                            "type": "integer",
                            "token": "ENTRIESREAD",
                            "flags": [
                                "optional"
                            ]
                        }
                    ]
                }
            },
            {
                "name": "xgroup|createconsumer",
                "arity": 5,
                "flags": [
                    "write",
                    "denyoom"
                ],
                "firstKey": 2,
                "lastKey": 2,
                "step": 1,
                "aclCategories": [
                    "@write",
                    "@stream",
                    "@slow"
                ],
                "tips": [],
                "keySpecs": [
                    {
                        "flags": [
                            "RW",
                            "insert"
                        ],
                        "beginSearch": {
                            "type": "index",
                            "index": 2
                        },
                        "findKeys": {
                            "type": "range",
                            "lastkey": 0,
                            "keystep": 1,
                            "limit": 0
                        }
                    }
                ],
                "subcommands": [],
                "docs": {
                    "group": "stream",
                    "summary": "Creates a consumer in a consumer group.",
                    "since": "6.2.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": null,
                    "arguments": [
                        {
                            "name": "key",
                            "type": "key",
                            "keySpecIndex": 0,
                            "flags": []
                        },
                        {
                            "name": "group",
                            "type": "string",
                            "flags": []
                        },
                        {
                            "name": "consumer",
                            "type": "string",
                            "flags": []
                        }
                    ]
                }
            },
            {
                "name": "xgroup|delconsumer",
                "arity": 5,
                "flags": [
                    "write"
                ],
                "firstKey": 2,
                "lastKey": 2,
                "step": 1,
                "aclCategories": [
                    "@write",
                    "@stream",
                    "@slow"
                ],
                "tips": [],
                "keySpecs": [
                    {
                        "flags": [
                            "RW",
                            "delete"
                        ],
                        "beginSearch": {
                            "type": "index",
                            "index": 2
                        },
                        "findKeys": {
                            "type": "range",
                            "lastkey": 0,
                            "keystep": 1,
                            "limit": 0
                        }
                    }
                ],
                "subcommands": [],
                "docs": {
                    "group": "stream",
                    "summary": "Deletes a consumer from a consumer group.",
                    "since": "5.0.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": null,
                    "arguments": [
                        {
                            "name": "key",
                            "type": "key",
                            "keySpecIndex": 0,
                            "flags": []
                        },
                        {
                            "name": "group",
                            "type": "string",
                            "flags": []
                        },
                        {
                            "name": "consumer",
                            "type": "string",
                            "flags": []
                        }
                    ]
                }
            },
            {
                "name": "xgroup|destroy",
                "arity": 4,
                "flags": [
                    "write"
                ],
                "firstKey": 2,
                "lastKey": 2,
                "step": 1,
                "aclCategories": [
                    "@write",
                    "@stream",
                    "@slow"
                ],
                "tips": [],
                "keySpecs": [
                    {
                        "flags": [
                            "RW",
                            "delete"
                        ],
                        "beginSearch": {
                            "type": "index",
                            "index": 2
                        },
                        "findKeys": {
                            "type": "range",
                            "lastkey": 0,
                            "keystep": 1,
                            "limit": 0
                        }
                    }
                ],
                "subcommands": [],
                "docs": {
                    "group": "stream",
                    "summary": "Destroys a consumer group.",
                    "since": "5.0.0",
                    "complexity": "O(N) where N is the number of entries in the group's pending entries list (PEL).",
                    "docFlags": [],
                    "history": null,
                    "arguments": [
                        {
                            "name": "key",
                            "type": "key",
                            "keySpecIndex": 0,
                            "flags": []
                        },
                        {
                            "name": "group",
                            "type": "string",
                            "flags": []
                        }
                    ]
                }
            },
            {
                "name": "xgroup|help",
                "arity": 2,
                "flags": [
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@stream",
                    "@slow"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "stream",
                    "summary": "Returns helpful text about the different subcommands.",
                    "since": "5.0.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": null,
                    "arguments": null
                }
            },
            {
                "name": "xgroup|setid",
                "arity": -5,
                "flags": [
                    "write"
                ],
                "firstKey": 2,
                "lastKey": 2,
                "step": 1,
                "aclCategories": [
                    "@write",
                    "@stream",
                    "@slow"
                ],
                "tips": [],
                "keySpecs": [
                    {
                        "flags": [
                            "RW",
                            "update"
                        ],
                        "beginSearch": {
                            "type": "index",
                            "index": 2
                        },
                        "findKeys": {
                            "type": "range",
                            "lastkey": 0,
                            "keystep": 1,
                            "limit": 0
                        }
                    }
                ],
                "subcommands": [],
                "docs": {
                    "group": "stream",
                    "summary": "Sets the last-delivered ID of a consumer group.",
                    "since": "5.0.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": [
                        [
                            "7.0.0",
                            "Added the optional `entries_read` argument."
                        ]
                    ],
                    "arguments": [
                        {
                            "name": "key",
                            "type": "key",
                            "keySpecIndex": 0,
                            "flags": []
                        },
                        {
                            "name": "group",
                            "type": "string",
                            "flags": []
                        },
                        {
                            "name": "id-selector",
                            "type": "oneof",
                            "flags": [],
                            "arguments": [
                                {
                                    "name": "id",
                                    "type": "string",
                                    "flags": []
                                },
                                {
                                    "name": "new-id",
                                    "type": "pure-token",
                                    "token": "$",
                                    "flags": []
                                }
                            ]
                        },
                        {
                            "name": "entriesread",
                            "type": "integer",
                            "token": "ENTRIESREAD",
                            "flags": [
                                "optional"
                            ]
                        }
                    ]
                }
            }
        ],
        "docs": {
            "group": "stream",
            "summary": "A container for consumer groups commands.",
            "since": "5.0.0",
            "complexity": "Depends on subcommand.",
            "docFlags": [],
            "history": null,
            "arguments": null
        }
    },
    {
        "name": "xinfo",
        "arity": -2,
        "flags": [],
        "firstKey": 0,
        "lastKey": 0,
        "step": 0,
        "aclCategories": [
            "@slow"
        ],
        "tips": [],
        "keySpecs": [],
        "subcommands": [
            {
                "name": "xinfo|consumers",
                "arity": 4,
                "flags": [
                    "readonly"
                ],
                "firstKey": 2,
                "lastKey": 2,
                "step": 1,
                "aclCategories": [
                    "@read",
                    "@stream",
                    "@slow"
                ],
                "tips": [
                    "nondeterministic_output"
                ],
                "keySpecs": [
                    {
                        "flags": [
                            "RO",
                            "access"
                        ],
                        "beginSearch": {
                            "type": "index",
                            "index": 2
                        },
                        "findKeys": {
                            "type": "range",
                            "lastkey": 0,
                            "keystep": 1,
                            "limit": 0
                        }
                    }
                ],
                "subcommands": [],
                "docs": {
                    "group": "stream",
                    "summary": "Returns a list of the consumers in a consumer group.",
                    "since": "5.0.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": [
                        [
                            "7.2.0",
                            "Added the `inactive` field."
                        ]
                    ],
                    "arguments": [
                        {
                            "name": "key",
                            "type": "key",
                            "keySpecIndex": 0,
                            "flags": []
                        },
                        {
                            "name": "group",
                            "type": "string",
                            "flags": []
                        }
                    ]
                }
            },
            {
                "name": "xinfo|groups",
                "arity": 3,
                "flags": [
                    "readonly"
                ],
                "firstKey": 2,
                "lastKey": 2,
                "step": 1,
                "aclCategories": [
                    "@read",
                    "@stream",
                    "@slow"
                ],
                "tips": [],
                "keySpecs": [
                    {
                        "flags": [
                            "RO",
                            "access"
                        ],
                        "beginSearch": {
                            "type": "index",
                            "index": 2
                        },
                        "findKeys": {
                            "type": "range",
                            "lastkey": 0,
                            "keystep": 1,
                            "limit": 0
                        }
                    }
                ],
                "subcommands": [],
                "docs": {
                    "group": "stream",
                    "summary": "Returns a list of the consumer groups of a stream.",
                    "since": "5.0.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": [
                        [
                            "7.0.0",
                            "Added the `entries-read` and `lag` fields"
                        ]
                    ],
                    "arguments": [
                        {
                            "name": "key",
                            "type": "key",
                            "keySpecIndex": 0,
                            "flags": []
                        }
                    ]
                }
            },
            {
                "name": "xinfo|help",
                "arity": 2,
                "flags": [
                    "loading",
                    "stale"
                ],
                "firstKey": 0,
                "lastKey": 0,
                "step": 0,
                "aclCategories": [
                    "@stream",
                    "@slow"
                ],
                "tips": [],
                "keySpecs": [],
                "subcommands": [],
                "docs": {
                    "group": "stream",
                    "summary": "Returns helpful text about the different subcommands.",
                    "since": "5.0.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": null,
                    "arguments": null
                }
            },
            {
                "name": "xinfo|stream",
                "arity": -3,
                "flags": [
                    "readonly"
                ],
                "firstKey": 2,
                "lastKey": 2,
                "step": 1,
                "aclCategories": [
                    "@read",
                    "@stream",
                    "@slow"
                ],
                "tips": [],
                "keySpecs": [
                    {
                        "flags": [
                            "RO",
                            "access"
                        ],
                        "beginSearch": {
                            "type": "index",
                            "index": 2
                        },
                        "findKeys": {
                            "type": "range",
                            "lastkey": 0,
                            "keystep": 1,
                            "limit": 0
                        }
                    }
                ],
                "subcommands": [],
                "docs": {
                    "group": "stream",
                    "summary": "Returns information about a stream.",
                    "since": "5.0.0",
                    "complexity": "O(1)",
                    "docFlags": [],
                    "history": [
                        [
                            "6.0.0",
                            "Added the `FULL` modifier."
                        ],
                        [
                            "7.0.0",
                            "Added the `max-deleted-entry-id`, `entries-added`, `recorded-first-entry-id`, `entries-read` and `lag` fields"
                        ],
                        [
                            "7.2.0",
                            "Added the `active-time` field, and changed the meaning of `seen-time`."
                        ]
                    ],
                    "arguments": [
                        {
                            "name": "key",
                            "type": "key",
                            "keySpecIndex": 0,
                            "flags": []
                        },
                        {
                            "name": "full-block",
                            "type": "block",
                            "flags": [
                                "optional"
                            ],
                            "arguments": [
                                {
                                    "name": "full",
                                    "type": "pure-token",
                                    "token": "FULL",
                                    "flags": []
                                },
                                {
                                    "name": "count",
                                    "type": "integer",
                                    "token": "COUNT",
                                    "flags": [
                                        "optional"
                                    ]
                                }
                            ]
                        }
                    ]
                }
            }
        ],
        "docs": {
            "group": "stream",
            "summary": "A container for stream introspection commands.",
            "since": "5.0.0",
            "complexity": "Depends on subcommand.",
            "docFlags": [],
            "history": null,
            "arguments": null
        }
    },
    {
        "name": "xlen",
        "arity": 2,
        "flags": [
            "readonly",
            "fast"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@read",
            "@stream",
            "@fast"
        ],
        "tips": [],
        "keySpecs": [
            {
                "flags": [
                    "RO"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "stream",
            "summary": "Return the number of messages in a stream.",
            "since": "5.0.0",
            "complexity": "O(1)",
            "docFlags": [],
            "history": null,
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                }
            ]
        }
    },
    {
        "name": "xpending",
        "arity": -3,
        "flags": [
            "readonly"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@read",
            "@stream",
            "@slow"
        ],
        "tips": [
            "nondeterministic_output"
        ],
        "keySpecs": [
            {
                "flags": [
                    "RO",
                    "access"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "stream",
            "summary": "Returns the information and entries from a stream consumer group's pending entries list.",
            "since": "5.0.0",
            "complexity": "O(N) with N being the number of elements returned, so asking for a small fixed number of entries per call is O(1). O(M), where M is the total number of entries scanned when used with the IDLE filter. When the command returns just the summary and the list of consumers is small, it runs in O(1) time; otherwise, an additional O(N) time for iterating every consumer.",
            "docFlags": [],
            "history": [
                [
                    "6.2.0",
                    "Added the `IDLE` option and exclusive range intervals."
                ]
            ],
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                },
                {
                    "name": "group",
                    "type": "string",
                    "flags": []
                },
                {
                    "name": "filters",
                    "type": "block",
                    "flags": [
                        "optional"
                    ],
                    "arguments": [
                        {
                            "name": "min-idle-time",
                            "type": "integer",
                            "token": "IDLE",
                            "since": "6.2.0",
                            "flags": [
                                "optional"
                            ]
                        },
                        {
                            "name": "start",
                            "type": "string",
                            "flags": []
                        },
                        {
                            "name": "end",
                            "type": "string",
                            "flags": []
                        },
                        {
                            "name": "count",
                            "type": "integer",
                            "flags": []
                        },
                        {
                            "name": "consumer",
                            "type": "string",
                            "flags": [
                                "optional"
                            ]
                        }
                    ]
                }
            ]
        }
    },
    {
        "name": "xrange",
        "arity": -4,
        "flags": [
            "readonly"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@read",
            "@stream",
            "@slow"
        ],
        "tips": [],
        "keySpecs": [
            {
                "flags": [
                    "RO",
                    "access"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "stream",
            "summary": "Returns the messages from a stream within a range of IDs.",
            "since": "5.0.0",
            "complexity": "O(N) with N being the number of elements being returned. If N is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1).",
            "docFlags": [],
            "history": [
                [
                    "6.2.0",
                    "Added exclusive ranges."
                ]
            ],
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                },
                {
                    "name": "start",
                    "type": "string",
                    "flags": []
                },
                {
                    "name": "end",
                    "type": "string",
                    "flags": []
                },
                {
                    "name": "count",
                    "type": "integer",
                    "token": "COUNT",
                    "flags": [
                        "optional"
                    ]
                }
            ]
        }
    },
    {
        "name": "xread",
        "arity": -4,
        "flags": [
            "readonly",
            "blocking",
            "movablekeys"
        ],
        "firstKey": 0,
        "lastKey": 0,
        "step": 0,
        "aclCategories": [
            "@read",
            "@stream",
            "@slow",
            "@blocking"
        ],
        "tips": [],
        "keySpecs": [
            {
                "flags": [
                    "RO",
                    "access"
                ],
                "beginSearch": {
                    "type": "keyword",
                    "keyword": "STREAMS",
                    "startfrom": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": -1,
                    "keystep": 1,
                    "limit": 2
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "stream",
            "summary": "Returns messages from multiple streams with IDs greater than the ones requested. Blocks until a message is available otherwise.",
            "since": "5.0.0",
            "docFlags": [],
            "history": null,
            "arguments": [
                {
                    "name": "count",
                    "type": "integer",
                    "token": "COUNT",
                    "flags": [
                        "optional"
                    ]
                },
                {
                    "name": "milliseconds",
                    "type": "integer",
                    "token": "BLOCK",
                    "flags": [
                        "optional"
                    ]
                },
                {
                    "name": "streams",
                    "type": "block",
                    "token": "STREAMS",
                    "flags": [],
                    "arguments": [
                        {
                            "name": "key",
                            "type": "key",
                            "keySpecIndex": 0,
                            "flags": [
                                "multiple"
                            ]
                        },
                        {
                            "name": "ID",
                            "type": "string",
                            "flags": [
                                "multiple"
                            ]
                        }
                    ]
                }
            ]
        }
    },
    {
        "name": "xreadgroup",
        "arity": -7,
        "flags": [
            "write",
            "blocking",
            "movablekeys"
        ],
        "firstKey": 0,
        "lastKey": 0,
        "step": 0,
        "aclCategories": [
            "@write",
            "@stream",
            "@slow",
            "@blocking"
        ],
        "tips": [],
        "keySpecs": [
            {
                "flags": [
                    "RO",
                    "access"
                ],
                "beginSearch": {
                    "type": "keyword",
                    "keyword": "STREAMS",
                    "startfrom": 4
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": -1,
                    "keystep": 1,
                    "limit": 2
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "stream",
            "summary": "Returns new or historical messages from a stream for a consumer in a group. Blocks until a message is available otherwise.",
            "since": "5.0.0",
            "complexity": "For each stream mentioned: O(M) with M being the number of elements returned. If M is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1). On the other side when XREADGROUP blocks, XADD will pay the O(N) time in order to serve the N clients blocked on the stream getting new data.",
            "docFlags": [],
            "history": null,
            "arguments": [
                {
                    "name": "group-block",
                    "type": "block",
                    "token": "GROUP",
                    "flags": [],
                    "arguments": [
                        {
                            "name": "group",
                            "type": "string",
                            "flags": []
                        },
                        {
                            "name": "consumer",
                            "type": "string",
                            "flags": []
                        }
                    ]
                },
                {
                    "name": "count",
                    "type": "integer",
                    "token": "COUNT",
                    "flags": [
                        "optional"
                    ]
                },
                {
                    "name": "milliseconds",
                    "type": "integer",
                    "token": "BLOCK",
                    "flags": [
                        "optional"
                    ]
                },
                {
                    "name": "noack",
                    "type": "pure-token",
                    "token": "NOACK",
                    "flags": [
                        "optional"
                    ]
                },
                {
                    "name": "streams",
                    "type": "block",
                    "token": "STREAMS",
                    "flags": [],
                    "arguments": [
                        {
                            "name": "key",
                            "type": "key",
                            "keySpecIndex": 0,
                            "flags": [
                                "multiple"
                            ]
                        },
                        {
                            "name": "ID",
                            "type": "string",
                            "flags": [
                                "multiple"
                            ]
                        }
                    ]
                }
            ]
        }
    },
    {
        "name": "xrevrange",
        "arity": -4,
        "flags": [
            "readonly"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@read",
            "@stream",
            "@slow"
        ],
        "tips": [],
        "keySpecs": [
            {
                "flags": [
                    "RO",
                    "access"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "stream",
            "summary": "Returns the messages from a stream within a range of IDs in reverse order.",
            "since": "5.0.0",
            "complexity": "O(N) with N being the number of elements returned. If N is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1).",
            "docFlags": [],
            "history": [
                [
                    "6.2.0",
                    "Added exclusive ranges."
                ]
            ],
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                },
                {
                    "name": "end",
                    "type": "string",
                    "flags": []
                },
                {
                    "name": "start",
                    "type": "string",
                    "flags": []
                },
                {
                    "name": "count",
                    "type": "integer",
                    "token": "COUNT",
                    "flags": [
                        "optional"
                    ]
                }
            ]
        }
    },
    {
        "name": "xsetid",
        "arity": -3,
        "flags": [
            "write",
            "denyoom",
            "fast"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@write",
            "@stream",
            "@fast"
        ],
        "tips": [],
        "keySpecs": [
            {
                "flags": [
                    "RW",
                    "update"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "stream",
            "summary": "An internal command for replicating stream values.",
            "since": "5.0.0",
            "complexity": "O(1)",
            "docFlags": [],
            "history": [
                [
                    "7.0.0",
                    "Added the `entries_added` and `max_deleted_entry_id` arguments."
                ]
            ],
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                },
                {
                    "name": "last-id",
                    "type": "string",
                    "flags": []
                },
                {
                    "name": "entries-added",
                    "type": "integer",
                    "token": "ENTRIESADDED",
                    "since": "7.0.0",
                    "flags": [
                        "optional"
                    ]
                },
                {
                    "name": "max-deleted-id",
                    "type": "string",
                    "token": "MAXDELETEDID",
                    "since": "7.0.0",
                    "flags": [
                        "optional"
                    ]
                }
            ]
        }
    },
    {
        "name": "xtrim",
        "arity": -4,
        "flags": [
            "write"
        ],
        "firstKey": 1,
        "lastKey": 1,
        "step": 1,
        "aclCategories": [
            "@write",
            "@stream",
            "@slow"
        ],
        "tips": [
            "nondeterministic_output"
        ],
        "keySpecs": [
            {
                "flags": [
                    "RW",
                    "delete"
                ],
                "beginSearch": {
                    "type": "index",
                    "index": 1
                },
                "findKeys": {
                    "type": "range",
                    "lastkey": 0,
                    "keystep": 1,
                    "limit": 0
                }
            }
        ],
        "subcommands": [],
        "docs": {
            "group": "stream",
            "summary": "Deletes messages from the beginning of a stream.",
            "since": "5.0.0",
            "complexity": "O(N), with N being the number of evicted entries. Constant times are very small however, since entries are organized in macro nodes containing multiple entries that can be released with a single deallocation.",
            "docFlags": [],
            "history": [
                [
                    "6.2.0",
                    "Added the `MINID` trimming strategy and the `LIMIT` option."
                ]
            ],
            "arguments": [
                {
                    "name": "key",
                    "type": "key",
                    "keySpecIndex": 0,
                    "flags": []
                },
                {
                    "name": "trim",
                    "type": "block",
                    "flags": [],
                    "arguments": [
                        {
                            "name": "strategy",
                            "type": "oneof",
                            "flags": [],
                            "arguments": [
                                {
                                    "name": "maxlen",
                                    "type": "pure-token",
                                    "token": "MAXLEN",
                                    "flags": []
                                },
                                {
                                    "name": "minid",
                                    "type": "pure-token",
                                    "token": "MINID",
                                    "since": "6.2.0",
                                    "flags": []
                                }
                            ]
                        },
                        {
                            "name": "operator",
                            "type": "oneof",
                            "flags": [
                                "optional"
                            ],
                            "arguments": [
                                {
                                    "name": "equal",
                                    "type": "pure-token",
                                    "token": "=",
                                    "flags": []
                                },
                                {
                                    "name": "approximately",
                                    "type": "pure-token",
                                    "token": "~",
                                    "flags": []
                                }
                            ]
                        },
                        {
                            "name": "threshold",
                            "type": "string",
                            "flags": []
                        },
                        {
                            "name": "count",
                            "type": "integer",
                            "token": "LIMIT",
                            "since": "6.2.0",
                            "flags": [
                                "optional"
                            ]
                        }
                    ]
                }
            ]
        }
    }
];
//# sourceMappingURL=commands.generated.js.map