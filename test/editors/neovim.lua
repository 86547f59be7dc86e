-- Drives the Story Bank language server from a real Neovim (0.7 and later), headless. Started by
-- test/editors/neovim.test.ts with: nvim --headless --clean -u NONE -c "luafile test/editors/neovim.lua".
-- Environment: SB_SERVER (dist/server.js), SB_BANK (a copy of a fixture bank), SB_RESULT (a JSON file to write).
-- Steps: open a story, wait for diagnostics, hover, apply a code action (disable filler-phrase for the line),
-- run the "open the documentation" action (the server's command), write a story on disk and see it diagnosed.
-- Uses only APIs that exist from Neovim 0.7 on (vim.lsp.start_client, vim.lsp.buf_attach_client, request_sync).
local server = assert(os.getenv('SB_SERVER'), 'SB_SERVER is not set')
local bank = assert(os.getenv('SB_BANK'), 'SB_BANK is not set')
local result_file = assert(os.getenv('SB_RESULT'), 'SB_RESULT is not set')

local steps = {}
local published = {} -- uri -> LSP diagnostics (as the server sent them)
local shown = {} -- window/showDocument and window/showMessage the server sent

local function finish(ok, message)
  local f = assert(io.open(result_file, 'w'))
  f:write(vim.fn.json_encode({ ok = ok, message = message or '', steps = steps, nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch) }))
  f:close()
  vim.cmd(ok and 'qall!' or 'cquit! 1')
end

local function step(name, fn)
  local ok, err = pcall(fn)
  if not ok then
    finish(false, name .. ': ' .. tostring(err))
    error('stop')
  end
  table.insert(steps, name)
end

local function wait_for(what, ms, pred)
  if not vim.wait(ms, pred, 20) then error('timed out after ' .. ms .. ' ms waiting for ' .. what) end
end

local function codes(uri)
  local out = {}
  for _, d in ipairs(published[uri] or {}) do out[#out + 1] = d.code end
  return out
end

local function has_code(uri, code)
  return vim.tbl_contains(codes(uri), code)
end

local client_id
local story = bank .. '/stories/search-outage.md'
local story_uri = vim.uri_from_fname(story)
local bufnr

local main = function()
  step('start the server', function()
    client_id = vim.lsp.start_client({
      name = 'storybank',
      cmd = { 'node', server, '--stdio' },
      root_dir = bank,
      workspace_folders = { { uri = vim.uri_from_fname(bank), name = 'bank' } },
      settings = { storybank = { debounceMs = 0 } },
      handlers = {
        ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
          published[params.uri] = params.diagnostics
          return vim.lsp.handlers['textDocument/publishDiagnostics'](err, params, ctx, config)
        end,
        ['window/showDocument'] = function(_, params)
          table.insert(shown, params.uri)
          return { success = true }
        end,
        ['window/showMessage'] = function(_, params)
          table.insert(shown, params.message)
        end,
      },
    })
    assert(client_id, 'vim.lsp.start_client returned nothing')
  end)

  step('open a story and get its diagnostics', function()
    vim.cmd('edit ' .. vim.fn.fnameescape(story))
    bufnr = vim.api.nvim_get_current_buf()
    vim.bo[bufnr].filetype = 'markdown'
    assert(vim.lsp.buf_attach_client(bufnr, client_id), 'buf_attach_client failed')
    wait_for('filler-phrase and missing-section on the story', 20000, function()
      return has_code(story_uri, 'filler-phrase') and has_code(story_uri, 'missing-section')
    end)
    wait_for('the diagnostics in the buffer', 5000, function() return #vim.diagnostic.get(bufnr) > 0 end)
  end)

  local client = vim.lsp.get_client_by_id(client_id)

  step('hover on the front matter questions', function()
    local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
    local row
    for i, l in ipairs(lines) do
      if l:match('^questions:') then row = i - 1 break end
    end
    assert(row, 'no questions: line in the story')
    local res = client.request_sync('textDocument/hover', {
      textDocument = { uri = story_uri },
      position = { line = row, character = 13 },
    }, 10000, bufnr)
    assert(res and res.result and res.result.contents, 'no hover: ' .. vim.inspect(res))
    local text = type(res.result.contents) == 'table' and (res.result.contents.value or vim.inspect(res.result.contents)) or tostring(res.result.contents)
    assert(#text > 20, 'hover text too short: ' .. text)
  end)

  local filler
  for _, d in ipairs(published[story_uri]) do
    if d.code == 'filler-phrase' then filler = d break end
  end

  local actions
  step('ask for code actions on the filler word', function()
    local res = client.request_sync('textDocument/codeAction', {
      textDocument = { uri = story_uri },
      range = filler.range,
      context = { diagnostics = { filler } },
    }, 10000, bufnr)
    assert(res and res.result, 'no code actions: ' .. vim.inspect(res))
    actions = res.result
  end)

  step('apply "Disable filler-phrase for this line" and see the finding go', function()
    local disable
    for _, a in ipairs(actions) do
      if a.title == 'Disable filler-phrase for this line' then disable = a end
    end
    assert(disable and disable.edit, 'no disable-for-line action among ' .. #actions)
    vim.lsp.util.apply_workspace_edit(disable.edit, 'utf-16')
    local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
    assert(text:find('<!%-%- storybank%-disable%-next%-line filler%-phrase %-%->'), 'the comment was not inserted')
    wait_for('filler-phrase to disappear after the edit', 10000, function()
      return not has_code(story_uri, 'filler-phrase') and has_code(story_uri, 'missing-section')
    end)
  end)

  step('run "Open the documentation" through the server command', function()
    local open
    for _, a in ipairs(actions) do
      if a.title == 'Open the documentation for filler-phrase' then open = a end
    end
    assert(open and open.command, 'no open-documentation action')
    local res = client.request_sync('workspace/executeCommand', open.command, 10000, bufnr)
    assert(res and not res.err, 'executeCommand failed: ' .. vim.inspect(res))
    wait_for('the page shown or named', 5000, function() return #shown > 0 end)
    assert(shown[1]:find('docs/rules/filler%-phrase%.md'), 'not the bundled page: ' .. shown[1])
  end)

  step('write a story on disk and see its diagnostics', function()
    local path = bank .. '/stories/written-outside.md'
    local f = assert(io.open(path, 'w'))
    f:write('---\ntitle: Written outside the editor\nquestions: [99]\n---\n# Written outside the editor\n\n## Setup\nBasically a test.\n')
    f:close()
    local uri = vim.uri_from_fname(path)
    wait_for('diagnostics for a story written on disk', 15000, function() return has_code(uri, 'unknown-question') end)
    -- And changed on disk: the bad question fixed.
    f = assert(io.open(path, 'w'))
    f:write('---\ntitle: Written outside the editor\nquestions: [6]\n---\n# Written outside the editor\n\n## Setup\nBasically a test.\n')
    f:close()
    wait_for('the diagnostics to follow the change on disk', 15000, function()
      return published[uri] ~= nil and not has_code(uri, 'unknown-question') and has_code(uri, 'filler-phrase')
    end)
  end)

  step('shut the server down', function()
    client.stop()
    wait_for('the server to stop', 5000, function() return client.is_stopped() end)
  end)

  finish(true)
end

local ok, err = pcall(main)
if not ok and tostring(err):find('stop') == nil then finish(false, tostring(err)) end
